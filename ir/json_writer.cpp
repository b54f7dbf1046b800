#include "ir/json_writer.h"

#include "ir/reflection.h"

namespace remint::ir {
namespace {

using Json = nlohmann::ordered_json;

auto IsValidUtf8(std::string_view text) -> bool {
  size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    size_t length = byte < 0x80           ? 1
                    : (byte >> 5) == 0x6  ? 2
                    : (byte >> 4) == 0xE  ? 3
                    : (byte >> 3) == 0x1E ? 4
                                          : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return false;
    }
    i += length;
  }
  return true;
}

// Strings that are not UTF-8 (EBCDIC bytes of a hexadecimal literal, binary VALUEs) cannot be
// JSON strings; they are written as {"hex": "C1C2"} instead.
auto StringValue(std::string_view text) -> Json {
  if (IsValidUtf8(text)) return std::string(text);
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string hex;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    hex += kDigits[byte >> 4];
    hex += kDigits[byte & 0xF];
  }
  Json json = Json::object();
  json["hex"] = hex;
  return json;
}

class JsonWriter {
 public:
  explicit JsonWriter(const Module& module) : module_(module) {}

  auto Location(SourceLoc loc) const -> Json {
    if (!loc.is_valid()) return nullptr;
    Json json = Json::object();
    json["file"] = loc.file.index;
    json["line"] = loc.line;
    json["column"] = loc.column;
    if (loc.include.is_valid()) json["include"] = loc.include.index;
    return json;
  }

  template <typename V>
  auto Value(const V& value) const -> Json {
    if constexpr (std::is_same_v<V, SourceLoc>) {
      return Location(value);
    } else if constexpr (std::is_same_v<V, bool>) {
      return value;
    } else if constexpr (std::is_enum_v<V>) {
      return std::string(Spelling(value));
    } else if constexpr (std::is_integral_v<V>) {
      return value;
    } else if constexpr (std::is_same_v<V, StringId>) {
      if (!value.is_valid()) return nullptr;
      return StringValue(module_.str(value));
    } else if constexpr (std::is_same_v<V, JumpTarget>) {
      Json json = Json::object();
      if (const auto* paragraph = std::get_if<ParagraphId>(&value)) {
        json["procedure"] = Value(*paragraph);
      } else {
        json["label"] = Value(std::get<LabelId>(value));
      }
      return json;
    } else if constexpr (kIsOptional<V>) {
      if (!value) return nullptr;
      return Value(*value);
    } else if constexpr (kIsVector<V>) {
      Json array = Json::array();
      for (const auto& element : value) array.push_back(Value(element));
      return array;
    } else if constexpr (kIsSpecStruct<V>) {
      return Struct(value);
    } else {
      // Any id: its index, or null when absent.
      if (!value.is_valid()) return nullptr;
      return value.index;
    }
  }

  template <typename S>
  auto Struct(const S& node, Json json = Json::object()) const -> Json {
    VisitFields(node, [&](std::string_view name, const auto& value, FieldRole) {
      json[std::string(name)] = Value(value);
    });
    return json;
  }

  template <typename IdT, typename T>
  auto Entities(const Arena<IdT, T>& arena) const -> Json {
    Json array = Json::array();
    for (IdT id : arena.Ids()) {
      Json json = Json::object();
      json["id"] = id.index;
      array.push_back(Struct(arena.Get(id), std::move(json)));
    }
    return array;
  }

  auto Write() const -> Json {
    Json root = Json::object();
    root["ir_version"] = kIrVersion;
    Json sources = Json::object();
    Json files = Json::array();
    for (const std::string& path : module_.sources().paths) files.push_back(StringValue(path));
    sources["files"] = std::move(files);
    Json includes = Json::array();
    for (const auto& [index, include] : module_.sources().includes) {
      Json json = Json::object();
      json["id"] = index;
      json["directive"] = Location(include.directive);
      json["file"] = include.file.index;
      includes.push_back(std::move(json));
    }
    sources["includes"] = std::move(includes);
    root["sources"] = std::move(sources);

    Json types = Json::array();
    for (uint32_t i = 0; i < module_.types().size(); ++i) {
      TypeId id(i);
      VisitType(module_, id, [&](const auto& type) {
        Json json = Json::object();
        json["id"] = i;
        json["kind"] = std::string(KindName(module_.types().kind(id)));
        types.push_back(Struct(type, std::move(json)));
      });
    }
    root["types"] = std::move(types);
    root["units"] = Entities(module_.units());
    root["blocks"] = Entities(module_.blocks());
    root["fields"] = Entities(module_.fields());
    root["condition_names"] = Entities(module_.condition_names());
    root["procedures"] = Entities(module_.paragraphs());
    root["labels"] = Entities(module_.labels());
    root["files"] = Entities(module_.files());
    root["jobs"] = Entities(module_.jobs());
    root["steps"] = Entities(module_.steps());
    root["dds"] = Entities(module_.dds());

    Json expressions = Json::array();
    for (uint32_t i = 0; i < module_.expressions().size(); ++i) {
      ExpressionId id(i);
      VisitExpression(module_, id, [&](const auto& node) {
        Json json = Json::object();
        json["id"] = i;
        json["kind"] = std::string(KindName(module_.expressions().kind(id)));
        json["loc"] = Location(module_.expressions().loc(id));
        json["type"] = Value(module_.expression_type(id));
        expressions.push_back(Struct(node, std::move(json)));
      });
    }
    root["expressions"] = std::move(expressions);

    Json statements = Json::array();
    for (uint32_t i = 0; i < module_.statements().size(); ++i) {
      StatementId id(i);
      VisitStatement(module_, id, [&](const auto& node) {
        Json json = Json::object();
        json["id"] = i;
        json["kind"] = std::string(KindName(module_.statements().kind(id)));
        json["loc"] = Location(module_.statements().loc(id));
        statements.push_back(Struct(node, std::move(json)));
      });
    }
    root["statements"] = std::move(statements);
    return root;
  }

 private:
  const Module& module_;
};

}  // namespace

auto ModuleToJson(const Module& module) -> nlohmann::ordered_json {
  return JsonWriter(module).Write();
}

}  // namespace remint::ir
