// The Fortran part of the sample module: a subroutine with COMMON, EQUIVALENCE, labels,
// FORMAT and Fortran I/O.
#include "ir/builder.h"
#include "tests/ir/sample_module.h"
#include "tests/ir/sample_parts.h"

namespace remint::ir::testing {

void AddSampleFortran(SampleModule& s, Builder& b) {
  // ===== Fortran subroutine ======================================================================
  UnitId sub = b.AddUnit(Fortran(1), "CALC", UnitKind::kSubroutine, Language::kFortran);
  s.subroutine = sub;
  TypeId real = b.FloatType(32);
  TypeId integer = b.IntegerType(32);
  BlockId dummies = b.AddBlock(sub, Fortran(1, 23), "CALC.dummies", StorageClass::kLinkage);
  FieldId n = b.AddField(dummies, {}, Fortran(1, 26), "N", 0, integer);
  FieldId a = b.AddField(dummies, {}, Fortran(1, 23), "A", 0, real);
  b.SetArray(a, ArrayShape{{ArrayDimension{1, 0, 0, {}, {}, b.DataRef(Fortran(2, 17), n), false}},
                           ArrayOrder::kColumnMajor,
                           {},
                           {}});
  b.LayOut(dummies);
  b.AddParameter(sub, a, PassingMode::kByReference);
  b.AddParameter(sub, n, PassingMode::kByReference);
  BlockId common = b.AddBlock(sub, Fortran(3), "BLK", StorageClass::kCommon);
  FieldId x = b.AddField(common, {}, Fortran(3, 20), "X", 0, real);
  FieldId y = b.AddField(common, {}, Fortran(3, 23), "Y", 0, real);
  b.SetArray(
      y,
      ArrayShape{{ArrayDimension{1, 10, 0, {}, {}, {}, false}}, ArrayOrder::kColumnMajor, {}, {}});
  b.LayOut(common);
  BlockId frame = b.AddBlock(sub, Fortran(4), "CALC.locals", StorageClass::kLocalFrame);
  FieldId i = b.AddField(frame, {}, Fortran(4, 15), "I", 0, integer);
  FieldId j = b.AddField(frame, {}, Fortran(4, 18), "J", 0, integer);
  FieldId r = b.AddField(frame, {}, Fortran(5, 12), "R", 0, real);
  b.AddField(frame, {}, Fortran(6, 24), "D", 0, b.FloatType(64));
  FieldId l = b.AddField(frame, {}, Fortran(7, 15), "L", 0, b.LogicalType(4));
  FieldId c = b.AddField(frame, {}, Fortran(8, 19), "C", 0, b.CharacterType(8));
  FieldId z = b.AddField(frame, {}, Fortran(9, 15), "Z", 0, b.ComplexType(32));
  b.LayOut(frame);
  b.AddEquivalence(r, 0, Fortran(10, 20), "E", integer);
  b.LayOut(frame);

  auto fref = [&](uint32_t line, uint32_t column, FieldId field, ExpressionList subscripts = {}) {
    return b.DataRef(Fortran(line, column), field, std::move(subscripts));
  };
  auto flit = [&](uint32_t line, uint32_t column, std::string_view text, TypeId type) {
    return b.NumericLiteral(Fortran(line, column), text, type);
  };
  LabelId label10 = b.AddLabel(sub, Fortran(11, 2), "10");
  LabelId label20 = b.AddLabel(sub, Fortran(20, 2), "20");
  LabelId label30 = b.AddLabel(sub, Fortran(22, 2), "30");
  b.AppendToBody(sub, b.LabelStatementOf(label10));
  FormatStatement format;
  format.label = label10;
  format.items = {FormatItem{FormatDescriptor::kI, 1, 5, 0, 0, 0, {}, {}},
                  FormatItem{FormatDescriptor::kF, 1, 8, 2, 0, 0, {}, {}},
                  FormatItem{FormatDescriptor::kLiteral, 1, 0, 0, 0, 0, b.Intern(" TOTAL "), {}},
                  FormatItem{FormatDescriptor::kGroup,
                             2,
                             0,
                             0,
                             0,
                             0,
                             {},
                             {FormatItem{FormatDescriptor::kX, 1, 0, 0, 0, 0, {}, {}},
                              FormatItem{FormatDescriptor::kA, 1, 8, 0, 0, 0, {}, {}}}}};
  b.AppendToBody(sub, b.Statement(Fortran(11), std::move(format)));
  b.AppendToBody(sub,
                 b.Statement(Fortran(12),
                             AssignmentStatement{fref(12, 7, x),
                                                 b.Binary(Fortran(12, 11), ArithmeticOperator::kAdd,
                                                          fref(12, 11, r), fref(12, 13, i))}));
  StatementId do_body = b.Statement(
      Fortran(14, 9),
      AssignmentStatement{fref(14, 9, y, {fref(14, 11, i)}),
                          b.Binary(Fortran(14, 16), ArithmeticOperator::kMultiply,
                                   fref(14, 16, a, {fref(14, 18, i)}), flit(14, 21, "2.0", real))});
  b.AppendToBody(sub,
                 b.Statement(Fortran(13), LoopStatement{LoopKind::kCountedDo,
                                                        TestPosition::kBefore,
                                                        {},
                                                        {},
                                                        {VaryingClause{fref(13, 10, i),
                                                                       flit(13, 12, "1", integer),
                                                                       flit(13, 16, "1", integer),
                                                                       {},
                                                                       fref(13, 14, n)}},
                                                        {do_body}}));
  ExpressionId while_condition =
      b.Logical(Fortran(15, 16), LogicalOperator::kEquivalent, fref(15, 16, l),
                b.Expression(Fortran(15, 24), b.LogicalType(4), LogicalLiteralExpression{true}));
  b.AppendToBody(
      sub,
      b.Statement(Fortran(15),
                  LoopStatement{
                      LoopKind::kWhile,
                      TestPosition::kBefore,
                      {},
                      while_condition,
                      {},
                      {b.Statement(Fortran(16, 9), AssignLabelStatement{label20, fref(16, 23, j)}),
                       b.Statement(Fortran(17, 9), GoToStatement{GoToForm::kAssigned,
                                                                 {label20, label30},
                                                                 fref(17, 15, j)})}}));
  b.AppendToBody(
      sub, b.Statement(Fortran(18), ArithmeticIfStatement{
                                        b.Binary(Fortran(18, 11), ArithmeticOperator::kSubtract,
                                                 fref(18, 11, r), flit(18, 13, "1.0", real)),
                                        label20, label20, label30}));
  FortranIoStatement write;
  write.verb = FortranIoVerb::kWrite;
  write.unit = flit(19, 13, "6", integer);
  write.format_kind = FortranFormatKind::kLabel;
  write.format_label = label10;
  write.items = {fref(19, 20, i), fref(19, 22, c),
                 b.Expression(Fortran(19, 24), TypeId(),
                              ImpliedDoExpression{{fref(19, 25, y, {fref(19, 27, j)})},
                                                  fref(19, 31, j),
                                                  flit(19, 33, "1", integer),
                                                  flit(19, 35, "10", integer),
                                                  {}})};
  write.err_label = label30;
  b.AppendToBody(sub, b.Statement(Fortran(19), std::move(write)));
  FortranIoStatement read_list;
  read_list.verb = FortranIoVerb::kRead;
  read_list.format_kind = FortranFormatKind::kListDirected;
  read_list.items = {b.Expression(
      Fortran(19, 60), real,
      ArraySectionExpression{
          y, {SectionTriplet{true, flit(19, 62, "1", integer), flit(19, 64, "5", integer), {}}}})};
  b.AppendToBody(sub, b.Statement(Fortran(19, 50), std::move(read_list)));
  b.AppendToBody(
      sub, b.Statement(
               Fortran(21),
               FortranFileStatement{
                   FortranFileVerb::kOpen,
                   {IoSpecifier{b.Intern("UNIT"), flit(21, 18, "7", integer), {}},
                    IoSpecifier{b.Intern("FILE"),
                                b.Expression(Fortran(21, 25), b.CharacterType(7),
                                             StringLiteralExpression{b.Intern("OUT.DAT"),
                                                                     LiteralForm::kAlphanumeric}),
                                {}},
                    IoSpecifier{b.Intern("ERR"), {}, label30}}}));
  b.AppendToBody(
      sub, b.Statement(Fortran(23), AssignmentStatement{
                                        fref(23, 7, r),
                                        b.Expression(Fortran(23, 11), real,
                                                     FunctionCallExpression{
                                                         {}, b.Intern("FN"), {fref(23, 14, i)}})}));
  b.AppendToBody(
      sub, b.Statement(Fortran(24),
                       AssignmentStatement{
                           fref(24, 7, z),
                           b.Expression(Fortran(24, 11), b.ComplexType(32),
                                        ComplexLiteralExpression{flit(24, 12, "1.0", real),
                                                                 flit(24, 17, "2.0", real)})}));
  b.AppendToBody(
      sub, b.Statement(
               Fortran(25),
               AssignmentStatement{
                   fref(25, 7, c),
                   b.Binary(Fortran(25, 11), ArithmeticOperator::kConcatenate,
                            b.Expression(
                                Fortran(25, 11), b.CharacterType(3),
                                StringLiteralExpression{b.Intern("ABC"), LiteralForm::kHollerith}),
                            b.Expression(Fortran(25, 18), b.CharacterType(5),
                                         StringLiteralExpression{b.Intern("DEFGH"),
                                                                 LiteralForm::kAlphanumeric}))}));
  b.AppendToBody(sub, b.LabelStatementOf(label20));
  b.AppendToBody(sub, b.Continue(Fortran(20)));
  b.AppendToBody(sub, b.LabelStatementOf(label30));
  b.AppendToBody(
      sub, b.Statement(Fortran(22), StopStatement{StopKind::kFortran, flit(22, 12, "1", integer)}));
  b.AppendToBody(sub, b.Statement(Fortran(26), ReturnStatement{ReturnKind::kFortranReturn, {}}));
}

}  // namespace remint::ir::testing
