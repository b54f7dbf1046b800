// Included at the bottom of every spec .def file: forgets the includer's macro definitions so
// the next inclusion starts clean.

#undef REMINT_IR_ENUM_BEGIN
#undef REMINT_IR_ENUMERATOR
#undef REMINT_IR_ENUM_END
#undef REMINT_IR_STRUCT_BEGIN
#undef REMINT_IR_STRUCT_END
#undef REMINT_IR_ENTITY_BEGIN
#undef REMINT_IR_ENTITY_END
#undef REMINT_IR_TYPE_BEGIN
#undef REMINT_IR_TYPE_END
#undef REMINT_IR_EXPRESSION_BEGIN
#undef REMINT_IR_EXPRESSION_END
#undef REMINT_IR_STATEMENT_BEGIN
#undef REMINT_IR_STATEMENT_END
#undef REMINT_IR_FIELD
#undef REMINT_IR_CHILDREN
