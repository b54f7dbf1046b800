// Included at the top of every spec .def file: defines each spec macro the includer did not
// define as expanding to nothing, so a consumer only defines the macros it cares about.
// No include guard: it is meant to be included once per .def inclusion. See spec/README in
// docs/ir.md ("The spec") for what each macro means.

#ifndef REMINT_IR_ENUM_BEGIN
#define REMINT_IR_ENUM_BEGIN(Name)
#endif
#ifndef REMINT_IR_ENUMERATOR
#define REMINT_IR_ENUMERATOR(Enum, Name, Spelling)
#endif
#ifndef REMINT_IR_ENUM_END
#define REMINT_IR_ENUM_END(Name)
#endif

#ifndef REMINT_IR_STRUCT_BEGIN
#define REMINT_IR_STRUCT_BEGIN(Name)
#endif
#ifndef REMINT_IR_STRUCT_END
#define REMINT_IR_STRUCT_END(Name)
#endif

#ifndef REMINT_IR_ENTITY_BEGIN
#define REMINT_IR_ENTITY_BEGIN(Name, IdType, Spelling)
#endif
#ifndef REMINT_IR_ENTITY_END
#define REMINT_IR_ENTITY_END(Name, IdType)
#endif

#ifndef REMINT_IR_TYPE_BEGIN
#define REMINT_IR_TYPE_BEGIN(Name, Spelling)
#endif
#ifndef REMINT_IR_TYPE_END
#define REMINT_IR_TYPE_END(Name)
#endif

#ifndef REMINT_IR_EXPRESSION_BEGIN
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling)
#endif
#ifndef REMINT_IR_EXPRESSION_END
#define REMINT_IR_EXPRESSION_END(Name)
#endif

#ifndef REMINT_IR_STATEMENT_BEGIN
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling)
#endif
#ifndef REMINT_IR_STATEMENT_END
#define REMINT_IR_STATEMENT_END(Name)
#endif

#ifndef REMINT_IR_FIELD
#define REMINT_IR_FIELD(Type, Name)
#endif
#ifndef REMINT_IR_CHILDREN
#define REMINT_IR_CHILDREN(Type, Name)
#endif
