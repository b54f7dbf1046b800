#include "tests/ir/sample_module.h"

#include "ir/builder.h"
#include "tests/ir/sample_parts.h"

namespace remint::ir::testing {

auto BuildSampleModule() -> SampleModule {
  SampleModule s;
  Module& m = s.module;
  m.mutable_sources().paths = {"CUSTUPD.cbl", "CUSTREC.cpy", "calc.f", "PAYJOB.jcl",
                               "SORTPROC.prc"};
  m.mutable_sources().includes[0] = {At(kProgramFile, 9), FileId{kCopybookFile}};
  m.mutable_sources().includes[1] = {At(kJobFile, 12, 1), FileId{kProcFile}};
  Builder b(m);

  // ===== COBOL program ===========================================================================
  UnitId prog = b.AddUnit(Cobol(2, 8), "CUSTUPD", UnitKind::kProgram, Language::kCobol);
  // ALPHABET ORDER IS "Z" ALSO "Y": both weigh 0, the other bytes follow in native order.
  m.units().Get(prog).collating_sequence = CollatingSequence::kLiteral;
  CollatingTable& order = m.units().Get(prog).collating_table;
  order.weights.assign(256, 0);
  for (uint32_t byte = 0, next = 1; byte < 256; ++byte) {
    if (byte != 'Y' && byte != 'Z') order.weights[byte] = next++;
  }
  order.low_value = 'Z';
  order.high_value = 0xff;
  m.units().Get(prog).classes.push_back(
      ClassDefinition{b.Intern("HEX-DIGIT"), {ClassRange{'0', '9'}, ClassRange{'A', 'F'}}});
  s.program = prog;
  TypeId x6 = b.AlphanumericType(6);
  TypeId x20 = b.AlphanumericType(20);
  TypeId x74 = b.AlphanumericType(74);
  TypeId x80 = b.AlphanumericType(80);
  TypeId nine2 = b.DecimalType(2, 0, false, DecimalEncoding::kZoned);

  // Files: an indexed master, a sort work file, a sequential output.
  FileDescriptionId cust_file = b.AddFile(prog, Cobol(5, 8), "CUSTFILE", "CUSTIN");
  s.file = cust_file;
  BlockId cust_block = m.files().Get(cust_file).record_block;
  FieldId cust_file_rec =
      b.AddField(cust_block, {}, Cobol(20, 8), "CUST-FILE-REC", 1, b.GroupType());
  FieldId cust_key = b.AddField(cust_block, cust_file_rec, Cobol(21), "CUST-KEY", 5, x6);
  b.AddField(cust_block, cust_file_rec, Cobol(22), "CUST-DATA", 5, x74);
  FieldId cust_file_rec2 = b.AddField(cust_block, {}, Cobol(23, 8), "CUST-FILE-REC2", 1, x80);
  m.field(cust_file_rec2).view = ViewKind::kRecordArea;
  m.field(cust_file_rec2).base = cust_file_rec;
  m.field(cust_file_rec2).picture = b.Intern("X(80)");
  b.LayOut(cust_block);

  FileDescriptionId sort_file =
      b.AddFile(prog, Cobol(6, 8), "SORT-FILE", "SORTWK", FileKind::kSort);
  BlockId sort_block = m.files().Get(sort_file).record_block;
  FieldId sort_rec = b.AddField(sort_block, {}, Cobol(25, 8), "SORT-REC", 1, b.GroupType());
  FieldId sort_key = b.AddField(sort_block, sort_rec, Cobol(26), "SORT-KEY", 5, x6);
  b.AddField(sort_block, sort_rec, Cobol(27), "SORT-DATA", 5, x74);
  b.LayOut(sort_block);

  FileDescriptionId out_file = b.AddFile(prog, Cobol(7, 8), "OUT-FILE", "CUSTOUT");
  BlockId out_block = m.files().Get(out_file).record_block;
  FieldId out_rec = b.AddField(out_block, {}, Cobol(29, 8), "OUT-REC", 1, x80);
  b.LayOut(out_block);

  // WORKING-STORAGE: the customer record comes from a copybook.
  BlockId rec_block = b.AddBlock(prog, Copied(1), "CUSTOMER-REC", StorageClass::kWorkingStorage);
  s.record_block = rec_block;
  FieldId rec = b.AddField(rec_block, {}, Copied(1), "CUSTOMER-REC", 1, b.GroupType());
  s.record = rec;
  FieldId cust_id = b.AddField(rec_block, rec, Copied(2), "CUST-ID", 5,
                               b.DecimalType(6, 0, false, DecimalEncoding::kZoned));
  m.field(cust_id).picture = b.Intern("9(6)");
  s.name = b.AddField(rec_block, rec, Copied(3), "CUST-NAME", 5, x20);
  s.balance = b.AddField(rec_block, rec, Copied(4), "CUST-BALANCE", 5,
                         b.DecimalType(9, 2, true, DecimalEncoding::kPacked));
  m.field(s.balance).picture = b.Intern("S9(7)V99");
  s.redefines = b.AddRedefines(s.balance, Copied(5), "CUST-BALANCE-X", 5, b.AlphanumericType(5));
  FieldId months = b.AddField(rec_block, rec, Copied(6), "CUST-MONTHS", 5, nine2);
  ExpressionId one = b.NumericLiteral(Copied(7), "1");
  ExpressionId twelve = b.NumericLiteral(Copied(7), "12");
  ConditionNameId valid_months =
      b.AddConditionName(months, Copied(7), "VALID-MONTHS", {ConditionValue{one, twelve}});
  s.table = b.AddField(rec_block, rec, Copied(8), "CUST-HIST", 5, b.GroupType());
  FieldId hist_month = b.AddField(rec_block, s.table, Copied(9), "HIST-MONTH", 10, nine2);
  FieldId hist_amount = b.AddField(rec_block, s.table, Copied(10), "HIST-AMOUNT", 10,
                                   b.DecimalType(7, 2, true, DecimalEncoding::kBinary));
  FieldId rate = b.AddField(rec_block, rec, Copied(11), "CUST-RATE", 5, b.FloatType(64));
  m.field(rate).synchronized = true;
  s.renames = b.AddRenames(cust_id, s.name, Copied(12), "CUST-ID-NAME");

  BlockId index_block = b.AddBlock(prog, Copied(8), "HIST-IX", StorageClass::kWorkingStorage);
  FieldId hist_ix = b.AddField(index_block, {}, Copied(8), "HIST-IX", 77, b.IndexType());
  b.SetArray(s.table, ArrayShape{{ArrayDimension{1, 12, 1, months, {}, {}, false}},
                                 ArrayOrder::kRowMajor,
                                 {ArrayKey{true, hist_month}},
                                 {hist_ix}});
  b.LayOut(rec_block);
  b.LayOut(index_block);

  // Elementary 77/01 items, one block each as COBOL allocates them.
  auto item = [&](uint32_t line, std::string_view name, uint32_t level, TypeId type,
                  StorageClass storage = StorageClass::kWorkingStorage) {
    BlockId block = b.AddBlock(prog, Cobol(line, 8), name, storage);
    FieldId field = b.AddField(block, {}, Cobol(line, 8), name, level, type);
    b.LayOut(block);
    return field;
  };
  FieldId ws_count = item(31, "WS-COUNT", 77, b.DecimalType(4, 0, true, DecimalEncoding::kBinary));
  m.field(ws_count).initial_value = b.Figurative(Cobol(31, 40), FigurativeConstant::kZero);
  FieldId ws_total =
      item(32, "WS-TOTAL", 77,
           b.DecimalType(11, 2, true, DecimalEncoding::kZoned, SignPosition::kLeading, true));
  FieldId ws_rem = item(33, "WS-REM", 77, b.DecimalType(4, 0, true, DecimalEncoding::kNative));
  FieldId ws_edit = item(34, "WS-EDIT", 1, b.NumericEditedType("$$$,$$9.99CR", 12, 7, 2));
  m.field(ws_edit).blank_when_zero = true;
  FieldId ws_date = item(35, "WS-DATE", 1, b.AlphanumericEditedType("XX/XX/XX", 8));
  FieldId ws_alpha = item(36, "WS-ALPHA", 1, b.AlphabeticType(10, true));
  item(37, "WS-NAT", 1, b.NationalType(4));
  FieldId ws_ptr = item(38, "WS-PTR", 1, b.PointerType());
  item(39, "WS-FLOAT", 1, b.FloatType(32));
  FieldId ws_status = item(40, "WS-STATUS", 1, b.AlphanumericType(2));
  FieldId ws_eof = item(41, "WS-EOF", 1, b.AlphanumericType(1));
  m.field(ws_eof).initial_value = b.StringLiteral(Cobol(41, 30), "N");
  ConditionNameId eof = b.AddConditionName(
      ws_eof, Cobol(42), "EOF", {ConditionValue{b.StringLiteral(Cobol(42, 30), "Y"), {}}});
  m.condition_names().Get(eof).false_value = b.StringLiteral(Cobol(42, 50), "N");

  FileDescription& cust = m.files().Get(cust_file);
  cust.organization = FileOrganization::kIndexed;
  cust.access = AccessMode::kDynamic;
  cust.record_key = cust_key;
  cust.status = ws_status;
  cust.min_record_size = 80;
  cust.max_record_size = 80;
  m.files().Get(out_file).record_format = RecordFormat::kFixed;
  m.files().Get(out_file).is_optional = true;

  BlockId linkage = b.AddBlock(prog, Cobol(44, 8), "LK-PARM", StorageClass::kLinkage);
  FieldId lk_parm = b.AddField(linkage, {}, Cobol(44, 8), "LK-PARM", 1, b.GroupType());
  FieldId lk_len = b.AddField(linkage, lk_parm, Cobol(45), "LK-LEN", 5,
                              b.DecimalType(4, 0, true, DecimalEncoding::kBinary));
  b.AddField(linkage, lk_parm, Cobol(46), "LK-DATA", 5, x80);
  b.LayOut(linkage);
  b.AddParameter(prog, lk_parm, PassingMode::kByReference);

  // Procedures, in source order: DECLARATIVES first.
  ParagraphId decl = b.AddSection(prog, Cobol(50, 8), "DECL-SECTION");
  Paragraph& declarative = m.paragraphs().Get(decl);
  declarative.declarative = true;
  declarative.use = UseKind::kErrorProcedure;
  declarative.use_files = {cust_file};
  b.Append(decl, b.Display(Cobol(51), {b.StringLiteral(Cobol(51, 20), "I/O ERROR"),
                                       b.DataRef(Cobol(51, 32), ws_status)}));
  ParagraphId main_section = b.AddSection(prog, Cobol(53, 8), "MAIN-SECTION");
  ParagraphId main_para = b.AddParagraph(prog, Cobol(54, 8), "MAIN-PARA", main_section);
  ParagraphId process = b.AddParagraph(prog, Cobol(70, 8), "PROCESS-PARA", main_section);
  ParagraphId alter_para = b.AddParagraph(prog, Cobol(120, 8), "ALTER-PARA", main_section);
  ParagraphId exit_para = b.AddParagraph(prog, Cobol(122, 8), "EXIT-PARA", main_section);
  s.main_paragraph = main_para;
  s.exit_paragraph = exit_para;
  s.alterable_paragraph = alter_para;

  auto ref = [&](uint32_t line, uint32_t column, FieldId field) {
    return b.DataRef(Cobol(line, column), field);
  };
  auto lit = [&](uint32_t line, uint32_t column, std::string_view text) {
    return b.NumericLiteral(Cobol(line, column), text);
  };

  // MAIN-PARA.
  b.Append(main_para,
           b.Statement(Cobol(55), OpenStatement{{OpenItem{OpenMode::kInput, cust_file},
                                                 OpenItem{OpenMode::kOutput, out_file}}}));
  ReadStatement read;
  read.file = cust_file;
  read.direction = ReadDirection::kNext;
  read.at_end = StatementList{b.Statement(
      Cobol(56, 30),
      SetStatement{SetForm::kConditionTrue, {b.ConditionNameRef(Cobol(56, 37), eof)}, {}})};
  b.Append(main_para, b.Statement(Cobol(56), std::move(read)));
  s.perform = b.Perform(Cobol(57, 22), process, exit_para);
  b.Append(main_para, b.Statement(Cobol(57), LoopStatement{LoopKind::kUntil,
                                                           TestPosition::kBefore,
                                                           {},
                                                           b.ConditionNameRef(Cobol(57, 50), eof),
                                                           {},
                                                           {s.perform}}));
  VaryingClause varying{ref(58, 30, hist_ix),
                        lit(58, 42, "1"),
                        lit(58, 47, "1"),
                        b.Relational(Cobol(58, 55), RelationalOperator::kGreater,
                                     ref(58, 55, hist_ix), ref(58, 66, months)),
                        {}};
  StatementId compute_amount = b.Compute(
      Cobol(59), b.DataRef(Cobol(59, 20), hist_amount, {ref(59, 32, hist_ix)}), lit(59, 43, "0"));
  b.Append(main_para,
           b.Statement(
               Cobol(58),
               LoopStatement{
                   LoopKind::kVarying, TestPosition::kAfter, {}, {}, {varying}, {compute_amount}}));
  b.Append(main_para, b.Statement(Cobol(60), LoopStatement{LoopKind::kTimes,
                                                           TestPosition::kBefore,
                                                           lit(60, 20, "3"),
                                                           {},
                                                           {},
                                                           {b.Continue(Cobol(60, 30))}}));
  SortStatement sort;
  sort.file = sort_file;
  sort.keys = {SortKey{true, sort_key}};
  sort.duplicates_in_order = true;
  sort.using_files = {cust_file};
  sort.giving_files = {out_file};
  b.Append(main_para, b.Statement(Cobol(61), std::move(sort)));
  MergeStatement merge;
  merge.file = sort_file;
  merge.keys = {SortKey{false, sort_key}};
  merge.using_files = {cust_file, out_file};
  merge.output_procedure = ProcedureRange{process, {}};
  b.Append(main_para, b.Statement(Cobol(62), std::move(merge)));
  CallStatement call;
  call.target = b.StringLiteral(Cobol(63, 17), "SUBPROG");
  call.arguments = {CallArgument{PassingMode::kByReference, ref(63, 36, lk_parm)},
                    CallArgument{PassingMode::kByContent, b.StringLiteral(Cobol(63, 55), "X")},
                    CallArgument{PassingMode::kByValue, ref(64, 30, ws_count)},
                    CallArgument{PassingMode::kOmitted, {}}};
  call.returning = ref(64, 50, ws_rem);
  call.on_exception =
      StatementList{b.Display(Cobol(65, 16), {b.StringLiteral(Cobol(65, 24), "NO SUBPROG")})};
  b.Append(main_para, b.Statement(Cobol(63), std::move(call)));
  b.Append(
      main_para,
      b.Statement(Cobol(65, 40),
                  CancelStatement{{CancelTarget{b.StringLiteral(Cobol(65, 47), "SUBPROG"), {}}}}));
  b.Append(main_para, b.Statement(Cobol(66), AlterStatement{{AlterClause{alter_para, exit_para}}}));
  b.Append(main_para,
           b.Statement(Cobol(67), CloseStatement{{CloseItem{cust_file}, CloseItem{out_file}}}));
  b.Append(main_para, b.Statement(Cobol(68), StopStatement{StopKind::kRun, {}}));

  // PROCESS-PARA.
  s.move = b.Move(Cobol(71), ref(71, 17, s.name), {ref(71, 30, out_rec)});
  b.Append(process, s.move);
  b.Append(process, b.Move(Cobol(72), ref(72, 17, s.balance), {ref(72, 33, ws_edit)}));
  b.Append(process, b.Move(Cobol(73), b.Figurative(Cobol(73, 17), FigurativeConstant::kZero),
                           {ref(73, 25, ws_count), ref(73, 34, ws_total)}));
  ExpressionId is_not_numeric =
      b.Expression(Cobol(74, 15), b.ConditionType(),
                   ClassConditionExpression{ref(74, 15, s.name), DataClass::kNumeric, {}, true});
  ExpressionId is_positive =
      b.Expression(Cobol(74, 45), b.ConditionType(),
                   SignConditionExpression{ref(74, 45, s.balance), SignTest::kPositive, false});
  ExpressionId both = b.Logical(Cobol(74, 15), LogicalOperator::kAnd, is_not_numeric,
                                b.Not(Cobol(74, 41), is_positive));
  b.Append(process,
           b.If(Cobol(74), both, {b.Display(Cobol(75, 16), {ref(75, 24, s.name)})},
                {b.Statement(
                    Cobol(77, 16),
                    AcceptStatement{ref(77, 23, ws_date), TerminalDevice::kDate, {}, {}, {}})}));
  EvaluateStatement evaluate;
  evaluate.subjects = {b.LogicalLiteral(Cobol(78, 21), true), ref(78, 31, months)};
  evaluate.whens.push_back(WhenClause{
      {WhenAlternative{
           {WhenObject{WhenObjectKind::kCondition,
                       false,
                       b.ConditionNameRef(Cobol(79, 16), valid_months),
                       {}},
            WhenObject{WhenObjectKind::kRange, false, lit(79, 34, "1"), lit(79, 41, "6")}}},
       WhenAlternative{{WhenObject{WhenObjectKind::kAny, false, {}, {}},
                        WhenObject{WhenObjectKind::kValue, true, lit(80, 30, "12"), {}}}}},
      {b.Continue(Cobol(81, 16))}});
  evaluate.other = StatementList{b.Display(Cobol(83, 16), {b.StringLiteral(Cobol(83, 24), "BAD")})};
  s.evaluate = b.Statement(Cobol(78), std::move(evaluate));
  b.Append(process, s.evaluate);
  ArithmeticStatement add;
  add.verb = ArithmeticVerb::kAdd;
  add.operands = {ref(85, 16, s.balance), lit(85, 29, "1.5")};
  add.targets = {ArithmeticTarget{ref(85, 32, ws_total), RoundingMode::kNearestAwayFromZero}};
  // ibm arithmetic-osvs: CUST-BALANCE + 1.5 aligned to 2 places before WS-TOTAL joins it.
  add.alignments = {ChainAlignment{2, 2}};
  add.on_size_error =
      StatementList{b.Display(Cobol(86, 30), {b.StringLiteral(Cobol(86, 38), "OVERFLOW")})};
  b.Append(process, b.Statement(Cobol(85), std::move(add)));
  ArithmeticStatement divide;
  divide.verb = ArithmeticVerb::kDivide;
  divide.operands = {ref(87, 19, ws_count)};
  divide.giving = true;
  divide.giving_operand = ref(87, 33, s.balance);
  divide.targets = {ArithmeticTarget{ref(87, 53, ws_total), RoundingMode::kNearestEven}};
  divide.remainder = ArithmeticTarget{ref(88, 29, ws_rem), RoundingMode::kNone};
  b.Append(process, b.Statement(Cobol(87), std::move(divide)));
  ExpressionId doubled = b.Binary(Cobol(89, 32), ArithmeticOperator::kMultiply,
                                  ref(89, 33, s.balance), lit(89, 48, "2"));
  ExpressionId squared =
      b.Binary(Cobol(89, 32), ArithmeticOperator::kPower, doubled, lit(89, 54, "2"));
  ExpressionId numval =
      b.Expression(Cobol(90, 20), b.NumericIntermediateType(RuntimePrecision::kFunction),
                   IntrinsicCallExpression{b.Intern("NUMVAL"), {ref(90, 36, s.name)}, {}, {}});
  ExpressionId length =
      b.Expression(Cobol(90, 50), b.DecimalType(9, 0, false, DecimalEncoding::kBinary),
                   SpecialRegisterExpression{SpecialRegister::kLengthOf, ref(90, 60, s.name)});
  ExpressionId every_amount =
      b.DataRef(Cobol(90, 76), hist_amount,
                {b.Expression(Cobol(90, 88), b.IndexType(), AllSubscriptExpression{})});
  ExpressionId total_of_history =
      b.Expression(Cobol(90, 66), b.NumericIntermediateType(RuntimePrecision::kFunction),
                   IntrinsicCallExpression{b.Intern("SUM"), {every_amount}, {}, {}});
  ExpressionId sum =
      b.Binary(Cobol(90, 20), ArithmeticOperator::kAdd,
               b.Binary(Cobol(90, 20), ArithmeticOperator::kAdd, numval, length), total_of_history);
  // ibm arithmetic-osvs: the square aligned to 2 places before it is divided.
  ExpressionId quotient = b.Binary(Cobol(89, 32), ArithmeticOperator::kDivide,
                                   b.DecimalAlign(Cobol(89, 32), squared, 2),
                                   b.Unary(Cobol(90, 18), UnaryOperator::kNegate, sum));
  ComputeStatement compute;
  compute.targets = {ArithmeticTarget{ref(89, 20, ws_total), RoundingMode::kTruncation}};
  compute.value = quotient;
  compute.not_on_size_error = StatementList{b.Continue(Cobol(91, 34))};
  b.Append(process, b.Statement(Cobol(89), std::move(compute)));
  b.Append(process,
           b.Statement(Cobol(92), InitializeStatement{{ref(92, 23, rec)},
                                                      true,
                                                      false,
                                                      false,
                                                      {InitializeReplacing{DataCategory::kNumeric,
                                                                           lit(92, 60, "0")}}}));
  b.Append(
      process,
      b.Statement(Cobol(93), SetStatement{SetForm::kTo, {ref(93, 16, hist_ix)}, lit(93, 26, "1")}));
  b.Append(process, b.Statement(Cobol(94), SetStatement{SetForm::kAddressOf,
                                                        {ref(94, 27, lk_parm)},
                                                        ref(94, 38, ws_ptr)}));
  ExpressionId switch_1 = b.Expression(Cobol(94, 56), b.ConditionType(),
                                       SwitchRefExpression{b.Intern("SW-1"), b.Intern("SWITCH-1")});
  b.Append(process, b.Statement(Cobol(94, 52), SetStatement{SetForm::kSwitchOn, {switch_1}, {}}));
  StringStatement string;
  string.sources = {
      StringSource{ref(95, 19, s.name), b.Figurative(Cobol(95, 42), FigurativeConstant::kSpace)},
      StringSource{b.StringLiteral(Cobol(96, 19), "*"), {}}};
  string.into = ref(97, 19, out_rec);
  string.pointer = ref(97, 35, ws_count);
  string.on_overflow = StatementList{b.Continue(Cobol(98, 30))};
  b.Append(process, b.Statement(Cobol(95), std::move(string)));
  UnstringStatement unstring;
  unstring.source = ref(99, 21, s.name);
  unstring.delimiters = {UnstringDelimiter{b.StringLiteral(Cobol(99, 49), " "), true}};
  unstring.targets = {UnstringTarget{ref(100, 19, ws_alpha), {}, ref(100, 37, ws_rem)}};
  unstring.tallying = ref(100, 56, ws_count);
  b.Append(process, b.Statement(Cobol(99), std::move(unstring)));
  InspectStatement inspect;
  inspect.target = ref(101, 20, s.name);
  inspect.tallying = {InspectTally{
      ref(101, 39, ws_count),
      InspectMode::kAll,
      b.StringLiteral(Cobol(101, 56), "A"),
      {InspectBound{InspectBoundKind::kBefore, b.StringLiteral(Cobol(101, 75), " ")}}}};
  inspect.replacing = {
      InspectReplace{InspectMode::kFirst,
                     b.StringLiteral(Cobol(102, 36), "A"),
                     b.AllLiteral(Cobol(102, 43), b.StringLiteral(Cobol(102, 47), "B")),
                     {}}};
  b.Append(process, b.Statement(Cobol(101), std::move(inspect)));
  SearchStatement search;
  search.table = ref(103, 19, s.table);
  search.varying = ref(103, 37, hist_ix);
  search.at_end = StatementList{};
  search.whens = {
      SearchWhen{b.Relational(Cobol(104, 21), RelationalOperator::kEqual,
                              b.DataRef(Cobol(104, 21), hist_month, {ref(104, 32, hist_ix)}),
                              lit(104, 43, "1")),
                 {b.Continue(Cobol(105, 20))}}};
  s.search = b.Statement(Cobol(103), std::move(search));
  b.Append(process, s.search);
  b.Append(process, b.Statement(Cobol(106), WriteStatement{out_rec,
                                                           ref(106, 31, s.name),
                                                           AdvancingKind::kAfterLines,
                                                           lit(106, 55, "1"),
                                                           {},
                                                           {},
                                                           {},
                                                           {}}));
  b.Append(process,
           b.Statement(
               Cobol(107),
               RewriteStatement{cust_file_rec, {}, StatementList{b.Continue(Cobol(107, 50))}, {}}));
  b.Append(process,
           b.Statement(Cobol(108),
                       DeleteStatement{cust_file, StatementList{b.Continue(Cobol(108, 40))}, {}}));
  b.Append(process, b.Statement(Cobol(109), StartStatement{cust_file,
                                                           RelationalOperator::kGreaterOrEqual,
                                                           ref(109, 40, cust_key),
                                                           {},
                                                           {}}));
  b.Append(process,
           b.Statement(Cobol(110), ReleaseStatement{sort_rec, ref(110, 31, cust_file_rec)}));
  b.Append(process,
           b.Statement(Cobol(111), SortReturnStatement{sort_file,
                                                       ref(111, 32, out_rec),
                                                       StatementList{b.Continue(Cobol(111, 50))},
                                                       {}}));
  b.Append(process,
           b.Statement(Cobol(112), ExternalStatement{
                                       ExternalSystem::kSql,
                                       b.Intern("SELECT"),
                                       b.Intern("SELECT BAL INTO :CUST-BALANCE FROM CUST "
                                                "WHERE ID = :CUST-ID"),
                                       {ExternalOption{b.Intern("INTO"), b.Intern(":CUST-BALANCE"),
                                                       ref(112, 40, s.balance)}},
                                       {ref(113, 30, cust_id)}}));
  b.Append(process, b.Statement(Cobol(114), GoToStatement{GoToForm::kDepending,
                                                          {main_para, exit_para},
                                                          ref(114, 50, ws_count)}));
  // A sentence holding NEXT SENTENCE: a block its exit names.
  s.next_sentence = b.Statement(Cobol(115, 40), ExitStatement{ExitKind::kNextSentence, {}});
  const StatementId sentence = b.Statement(
      Cobol(115),
      BlockStatement{{b.Display(Cobol(115, 20),
                                {b.Expression(Cobol(115, 28), b.AlphanumericType(1),
                                              StringLiteralExpression{b.Intern("\xC1"),
                                                                      LiteralForm::kHexadecimal})}),
                      s.next_sentence}});
  m.mutable_statements().GetMutable<ExitStatement>(s.next_sentence).target = sentence;
  b.Append(process, sentence);
  // ALTER-PARA: one alterable GO TO; EXIT-PARA: EXIT.
  b.Append(alter_para,
           b.Statement(Cobol(121), GoToStatement{GoToForm::kAlterable, {main_para}, {}}));
  b.Append(exit_para, b.Statement(Cobol(123), ExitStatement{ExitKind::kPlain, {}}));

  // A nested program.
  UnitId nested =
      b.AddUnit(Cobol(130, 8), "NESTED", UnitKind::kNestedProgram, Language::kCobol, prog);
  m.units().Get(nested).is_common = true;
  m.units().Get(nested).decimal_point_is_comma = true;
  m.units().Get(nested).currency_sign = b.Intern("W");
  b.AppendToBody(nested, b.Statement(Cobol(132), ReturnStatement{ReturnKind::kGoBack, {}}));

  AddSampleFortran(s, b);
  AddSampleJob(s, b);
  (void)lk_len;
  (void)ws_alpha;
  return s;
}

}  // namespace remint::ir::testing
