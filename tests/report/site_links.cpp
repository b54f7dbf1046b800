#include "tests/report/site_links.h"

#include <filesystem>
#include <set>
#include <string_view>

namespace remint::testing {
namespace {

auto Decode(const std::string& text) -> std::string {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

auto AttributeValues(const std::string& html, const std::string& attribute)
    -> std::vector<std::string> {
  std::vector<std::string> values;
  const std::string key = " " + attribute + "=\"";
  for (size_t at = html.find(key); at != std::string::npos; at = html.find(key, at + 1)) {
    size_t start = at + key.size();
    size_t end = html.find('"', start);
    std::string_view raw = std::string_view(html).substr(start, end - start);
    std::string value;
    for (size_t i = 0; i < raw.size(); ++i) {
      value += raw[i];
      if (raw.substr(i, 5) == "&amp;") i += 4;
    }
    values.push_back(std::move(value));
  }
  return values;
}

auto BrokenLinks(const std::map<std::string, std::string>& site) -> std::vector<std::string> {
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& [path, text] : site) {
    if (!path.ends_with(".html")) continue;
    for (const std::string& id : AttributeValues(text, "id")) ids[path].insert(id);
  }
  std::vector<std::string> broken;
  for (const auto& [path, text] : site) {
    if (!path.ends_with(".html")) continue;
    std::vector<std::string> links = AttributeValues(text, "href");
    for (const std::string& src : AttributeValues(text, "src")) links.push_back(src);
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    for (const std::string& link : links) {
      if (link.starts_with("data:")) continue;  // inline, nothing to fetch
      if (link.find("://") != std::string::npos || link.starts_with("//")) {
        broken.push_back(path + ": " + link + ": not relative (the site must work offline)");
        continue;
      }
      std::string target = link.substr(0, link.find_first_of("?#"));
      std::string fragment =
          link.find('#') == std::string::npos ? "" : Decode(link.substr(link.find('#') + 1));
      std::string file =
          target.empty() ? path : (folder / Decode(target)).lexically_normal().generic_string();
      if (!site.contains(file)) {
        broken.push_back(path + ": " + link + ": no such file " + file);
        continue;
      }
      if (!fragment.empty() && !ids[file].contains(fragment)) {
        broken.push_back(path + ": " + link + ": no element " + fragment + " in " + file);
      }
    }
  }
  return broken;
}

auto Count(const std::string& text, const std::string& what) -> size_t {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

}  // namespace remint::testing
