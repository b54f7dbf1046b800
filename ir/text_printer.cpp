#include "ir/text_printer.h"

#include <fmt/format.h>

#include "ir/reflection.h"

namespace remint::ir {
namespace {

auto Quote(std::string_view text) -> std::string {
  std::string quoted = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\n') {
      quoted += "\\n";
    } else if (byte < 0x20 || byte >= 0x7f) {
      quoted += fmt::format("\\x{:02X}", byte);
    } else {
      quoted += c;
    }
  }
  quoted += '"';
  return quoted;
}

// Indentation shows nesting up to a depth no hand-written program reaches; deeper lines (a
// condition of thousands of terms is a left-deep tree) say their depth instead, so the dump stays
// linear in the number of nodes rather than quadratic.
constexpr int kMaxIndentDepth = 64;

auto Indent(int depth) -> std::string {
  if (depth <= kMaxIndentDepth) return std::string(static_cast<size_t>(depth) * 2, ' ');
  return fmt::format("{}[depth {}] ", std::string(kMaxIndentDepth * 2, ' '), depth);
}

// Entity fields that only point back to the entity containing this one in the printed tree.
auto IsBackLink(std::string_view name) -> bool {
  return name == "unit" || name == "block" || name == "parent" || name == "section" ||
         name == "job" || name == "step" || name == "statement" || name == "name";
}

class TextPrinter {
 public:
  explicit TextPrinter(const Module& module) : module_(module) {}

  void PrintAll() {
    out_ += fmt::format("; remint IR version {}\n", kIrVersion);
    const SourceTable& sources = module_.sources();
    for (size_t i = 0; i < sources.paths.size(); ++i) {
      out_ += fmt::format("source #{} {}\n", i, Quote(sources.paths[i]));
    }
    for (const auto& [index, include] : sources.includes) {
      out_ += fmt::format("include #{} file=#{} {}\n", index, include.file.index,
                          FormatLocation(module_, include.directive));
    }
    for (uint32_t i = 0; i < module_.types().size(); ++i) {
      TypeId id(i);
      VisitType(module_, id, [&](const auto& type) {
        out_ += fmt::format("type %t{} {}{}\n", i, KindName(module_.types().kind(id)),
                            Attributes(type, false));
      });
    }
    for (UnitId unit : module_.units().Ids()) {
      if (!module_.unit(unit).parent.is_valid()) PrintEntity(unit, 0, out_);
    }
    for (JobId job : module_.jobs().Ids()) PrintEntity(job, 0, out_);
  }

  void PrintStatementLine(StatementId id, int depth, std::string& out) {
    VisitStatement(module_, id, [&](const auto& node) {
      out += fmt::format("{}%s{} {}{} {}\n", Indent(depth), id.index,
                         KindName(module_.statements().kind(id)), Attributes(node, false),
                         FormatLocation(module_, module_.statements().loc(id)));
      WriteChildren(node, depth, false, out);
    });
  }

  void PrintExpressionLine(std::string_view label, ExpressionId id, int depth, std::string& out) {
    std::string prefix =
        label.empty() ? Indent(depth) : fmt::format("{}{}: ", Indent(depth), label);
    if (!module_.expressions().Contains(id)) {
      out += fmt::format("{}%e{} <out of range>\n", prefix, id.index);
      return;
    }
    VisitExpression(module_, id, [&](const auto& node) {
      TypeId type = module_.expression_type(id);
      out += fmt::format("{}%e{} {}{}{} {}\n", prefix, id.index,
                         KindName(module_.expressions().kind(id)), Attributes(node, false),
                         type.is_valid() ? fmt::format(" type=%t{}", type.index) : "",
                         FormatLocation(module_, module_.expressions().loc(id)));
      WriteChildren(node, depth, false, out);
    });
  }

  auto output() -> std::string& { return out_; }

 private:
  template <typename IdT>
  auto Reference(IdT id) const -> std::string {
    if (!id.is_valid()) return "none";
    std::string text = fmt::format("%{}{}", IdPrefix(id), id.index);
    if constexpr (kIsEntityId<IdT>) {
      if (Contains(module_, id)) {
        std::string_view name = module_.str(EntityOf(module_, id).name);
        if (!name.empty()) text += fmt::format(":{}", name);
      }
    }
    return text;
  }

  template <typename V>
  auto Scalar(const V& value) const -> std::string {
    if constexpr (std::is_same_v<V, bool>) {
      return value ? "true" : "false";
    } else if constexpr (std::is_enum_v<V>) {
      return std::string(Spelling(value));
    } else if constexpr (std::is_integral_v<V>) {
      return std::to_string(value);
    } else if constexpr (std::is_same_v<V, StringId>) {
      return Quote(module_.str(value));
    } else if constexpr (std::is_same_v<V, JumpTarget>) {
      return std::visit([&](auto target) { return Reference(target); }, value);
    } else {
      return Reference(value);
    }
  }

  template <typename V>
  static auto IsDefault(const V& value) -> bool {
    if constexpr (std::is_same_v<V, bool>) {
      return !value;
    } else if constexpr (std::is_enum_v<V>) {
      // Enumerators spelled "none" or "default" stand for an absent phrase; the others always
      // show, so a reader never has to know which enumerator comes first.
      return Spelling(value) == "none" || Spelling(value) == "default";
    } else if constexpr (std::is_integral_v<V>) {
      return value == 0;
    } else if constexpr (std::is_same_v<V, JumpTarget>) {
      return std::visit([](auto target) { return !target.is_valid(); }, value);
    } else {
      return !value.is_valid();
    }
  }

  void PrintStatementList(std::string_view label, const StatementList& list, int depth,
                          std::string& out) {
    out += fmt::format("{}{}:{}\n", Indent(depth), label, list.empty() ? " (empty)" : "");
    for (StatementId statement : list) PrintStatementOrMissing(statement, depth + 1, out);
  }

  void PrintStatementOrMissing(StatementId statement, int depth, std::string& out) {
    if (module_.statements().Contains(statement)) {
      PrintStatementLine(statement, depth, out);
    } else {
      out += fmt::format("{}%s{} <out of range>\n", Indent(depth), statement.index);
    }
  }

  // A node prints in two passes: its attributes (scalars, on its own line), then its children
  // (nested expressions, statement lists, structured values: the lines below), written straight
  // into the output. Rendering each subtree into a string that its parent then copied made the
  // dump quadratic or worse in the nesting depth.

  // Whether a field prints lines below its node (as opposed to an attribute on the node's line).
  template <typename V>
  auto FieldHasChildren(const V& value) const -> bool {
    if constexpr (std::is_same_v<V, ExpressionId>) {
      return value.is_valid();
    } else if constexpr (std::is_same_v<V, StatementList>) {
      return !value.empty();
    } else if constexpr (std::is_same_v<V, OptionalStatementList>) {
      return value.has_value();
    } else if constexpr (kIsOptional<V>) {
      return value && FieldHasChildren(*value);
    } else if constexpr (kIsVector<V>) {
      using E = typename V::value_type;
      if constexpr (std::is_same_v<E, ExpressionId> || kIsSpecStruct<E>) return !value.empty();
      return false;
    } else if constexpr (kIsSpecStruct<V>) {
      return StructHasChildren(value);
    } else {
      return false;
    }
  }

  template <typename S>
  auto StructHasChildren(const S& node) const -> bool {
    bool any = false;
    VisitFields(node, [&](std::string_view, const auto& value, FieldRole role) {
      if (!any && role != FieldRole::kChildren) any = FieldHasChildren(value);
    });
    return any;
  }

  // The attributes of a node's line, each preceded by a space.
  template <typename S>
  auto Attributes(const S& node, bool is_entity) const -> std::string {
    std::string attributes;
    VisitFields(node, [&](std::string_view name, const auto& value, FieldRole role) {
      if (role == FieldRole::kChildren || (is_entity && IsBackLink(name))) return;
      AppendAttribute(name, value, attributes);
    });
    return attributes;
  }

  template <typename V>
  void AppendAttribute(std::string_view name, const V& value, std::string& attributes) const {
    if constexpr (std::is_same_v<V, SourceLoc> || std::is_same_v<V, ExpressionId> ||
                  std::is_same_v<V, StatementList> || std::is_same_v<V, OptionalStatementList>) {
      // The location ends the node's line; the others are children.
    } else if constexpr (kIsOptional<V>) {
      if (value) AppendAttribute(name, *value, attributes);
    } else if constexpr (kIsVector<V>) {
      using E = typename V::value_type;
      if constexpr (!std::is_same_v<E, ExpressionId> && !kIsSpecStruct<E>) {
        if (value.empty()) return;
        std::string list;
        for (const E& element : value) list += (list.empty() ? "" : ", ") + Scalar(element);
        attributes += fmt::format(" {}=[{}]", name, list);
      }
    } else if constexpr (kIsSpecStruct<V>) {
      if (StructHasChildren(value)) return;
      std::string nested = Attributes(value, false);
      if (!nested.empty()) attributes += fmt::format(" {}={{{}}}", name, nested.substr(1));
    } else if constexpr (std::is_same_v<V, bool>) {
      if (value) attributes += fmt::format(" {}", name);
    } else if constexpr (std::is_same_v<V, StringId>) {
      if (value.is_valid() && !module_.str(value).empty()) {
        attributes += fmt::format(" {}={}", name, Quote(module_.str(value)));
      }
    } else {
      if (!IsDefault(value)) attributes += fmt::format(" {}={}", name, Scalar(value));
    }
  }

  // The lines below a node printed at `depth`.
  template <typename S>
  void WriteChildren(const S& node, int depth, bool is_entity, std::string& out) {
    VisitFields(node, [&](std::string_view name, const auto& value, FieldRole role) {
      if (role == FieldRole::kChildren || (is_entity && IsBackLink(name))) return;
      WriteChildField(name, value, depth, out);
    });
  }

  template <typename V>
  void WriteChildField(std::string_view name, const V& value, int depth, std::string& out) {
    if constexpr (std::is_same_v<V, ExpressionId>) {
      if (value.is_valid()) PrintExpressionLine(name, value, depth + 1, out);
    } else if constexpr (std::is_same_v<V, StatementList>) {
      if (!value.empty()) PrintStatementList(name, value, depth + 1, out);
    } else if constexpr (std::is_same_v<V, OptionalStatementList>) {
      if (value) PrintStatementList(name, *value, depth + 1, out);
    } else if constexpr (kIsOptional<V>) {
      if (value) WriteChildField(name, *value, depth, out);
    } else if constexpr (kIsVector<V>) {
      using E = typename V::value_type;
      if constexpr (std::is_same_v<E, ExpressionId>) {
        for (size_t i = 0; i < value.size(); ++i) {
          PrintExpressionLine(fmt::format("{}[{}]", name, i), value[i], depth + 1, out);
        }
      } else if constexpr (kIsSpecStruct<E>) {
        for (size_t i = 0; i < value.size(); ++i) {
          out +=
              fmt::format("{}{}[{}]:{}\n", Indent(depth + 1), name, i, Attributes(value[i], false));
          WriteChildren(value[i], depth + 1, false, out);
        }
      }
    } else if constexpr (kIsSpecStruct<V>) {
      if (!StructHasChildren(value)) return;
      out += fmt::format("{}{}:{}\n", Indent(depth + 1), name, Attributes(value, false));
      WriteChildren(value, depth + 1, false, out);
    }
  }

  template <typename IdT>
  void PrintEntity(IdT id, int depth, std::string& out) {
    if (!Contains(module_, id)) {
      out += fmt::format("{}%{}{} <out of range>\n", Indent(depth), IdPrefix(id), id.index);
      return;
    }
    const auto& entity = EntityOf(module_, id);
    std::string_view name = module_.str(entity.name);
    out += fmt::format("{}{} %{}{}{}{} {}\n", Indent(depth), entity.kSpelling, IdPrefix(id),
                       id.index, name.empty() ? "" : " " + Quote(name), Attributes(entity, true),
                       FormatLocation(module_, entity.loc));
    WriteChildren(entity, depth, true, out);
    VisitFields(entity, [&](std::string_view field_name, const auto& value, FieldRole role) {
      if (role != FieldRole::kChildren) return;
      PrintChildren(field_name, value, depth + 1, out);
    });
  }

  template <typename V>
  void PrintChildren(std::string_view name, const V& list, int depth, std::string& out) {
    if constexpr (kIsVector<V>) PrintChildList(name, list, depth, out);
  }

  template <typename V>
  void PrintChildList(std::string_view name, const V& list, int depth, std::string& out) {
    if (list.empty()) return;
    // An alternative branch gets a header so it is not read as a continuation of the first.
    bool headed = name.starts_with("else");
    if (headed) out += fmt::format("{}{}:\n", Indent(depth), name);
    int child_depth = headed ? depth + 1 : depth;
    for (const auto& child : list) {
      using E = typename V::value_type;
      if constexpr (std::is_same_v<E, StatementId>) {
        PrintStatementOrMissing(child, child_depth, out);
      } else if constexpr (kIsEntityId<E>) {
        PrintEntity(child, child_depth, out);
      }
    }
  }

  const Module& module_;
  std::string out_;
};

}  // namespace

auto FormatLocation(const Module& module, SourceLoc loc) -> std::string {
  if (!loc.is_valid()) return "@?";
  const SourceTable& sources = module.sources();
  auto path = [&](FileId file) {
    return file.index < sources.paths.size() ? sources.paths[file.index]
                                             : fmt::format("#{}", file.index);
  };
  std::string text = fmt::format("@{}:{}:{}", path(loc.file), loc.line, loc.column);
  IncludeId include = loc.include;
  // Chains are acyclic by construction; the bound only guards against a corrupt table.
  for (int depth = 0; include.is_valid() && depth < 64; ++depth) {
    auto it = sources.includes.find(include.index);
    if (it == sources.includes.end()) {
      text += fmt::format(" via include#{}", include.index);
      break;
    }
    const SourceLoc& directive = it->second.directive;
    text += fmt::format(" via {}:{}:{}", path(directive.file), directive.line, directive.column);
    include = directive.include;
  }
  return text;
}

auto PrintModule(const Module& module) -> std::string {
  TextPrinter printer(module);
  printer.PrintAll();
  return std::move(printer.output());
}

auto PrintStatement(const Module& module, StatementId statement) -> std::string {
  TextPrinter printer(module);
  printer.PrintStatementLine(statement, 0, printer.output());
  return std::move(printer.output());
}

auto PrintExpression(const Module& module, ExpressionId expression) -> std::string {
  TextPrinter printer(module);
  printer.PrintExpressionLine("", expression, 0, printer.output());
  return std::move(printer.output());
}

}  // namespace remint::ir
