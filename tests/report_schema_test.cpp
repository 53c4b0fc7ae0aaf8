// docs/report-schema.json against write_json_report: the reports of both fixture sets, of an
// empty input and of an input with only skipped files validate; the schema uses only keywords
// the small validator below checks, describes every field and requires every field the writer
// emits; and the validator rejects broken reports, so the test cannot pass vacuously.

#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/compare.hpp"
#include "claimgraph/ingest.hpp"
#include "claimgraph/report_json.hpp"
#include "test_files.hpp"

namespace {

using nlohmann::json;

/// `name` as one JSON pointer token ("~" → "~0", "/" → "~1").
std::string pointer_token(const std::string& name) {
  std::string out;
  for (const char c : name) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

/// Keywords the validator checks.
const std::set<std::string> kChecked = {
    "type",  "enum", "const",   "required", "properties", "additionalProperties",
    "items", "$ref", "minimum", "pattern"};
/// Keywords that only annotate (or hold subschemas reached through $ref).
const std::set<std::string> kAnnotations = {"$schema", "$defs", "title", "description"};

/// A validator of the JSON Schema 2020-12 subset the report schema uses: type (one name or a
/// list; "integer" also accepts a float with no fraction), enum, const, required, properties,
/// additionalProperties (false only), items (one schema), minimum, pattern (ECMAScript, searched
/// as the spec says) and $ref to "#/$defs/<name>" (its siblings apply too). Other keywords are
/// not checked: unsupported_keywords() lists them so a test can require there are none.
class Validator {
 public:
  explicit Validator(json schema) : root_(std::move(schema)) {}

  /// The schema it checks against.
  [[nodiscard]] const json& schema() const { return root_; }

  /// What is wrong with `doc`, one "<JSON pointer>: <problem>" each; empty when it is valid.
  [[nodiscard]] std::vector<std::string> errors(const json& doc) const {
    std::vector<std::string> out;
    check(root_, doc, "", out);
    return out;
  }

  /// Keywords of the schema (at any depth) that are neither checked nor annotations, as
  /// "<schema path>: <keyword>".
  [[nodiscard]] std::vector<std::string> unsupported_keywords() const {
    std::vector<std::string> out;
    walk_schemas(root_, "#", [&out](const json& s, const std::string& path) {
      for (const auto& [k, v] : s.items()) {
        if (kChecked.count(k) == 0 && kAnnotations.count(k) == 0) out.push_back(path + ": " + k);
        if (k == "additionalProperties" && v != json(false)) {
          out.push_back(path + ": additionalProperties other than false");
        }
        if (k == "$ref" && (!v.is_string() || v.get<std::string>().rfind("#/$defs/", 0) != 0)) {
          out.push_back(path + ": $ref outside #/$defs");
        }
      }
    });
    return out;
  }

  /// Calls `f(schema, path)` for the root and every subschema under properties, items and $defs.
  static void walk_schemas(const json& schema, const std::string& path,
                           const std::function<void(const json&, const std::string&)>& f) {
    if (!schema.is_object()) return;
    f(schema, path);
    for (const char* container : {"properties", "$defs"}) {
      if (!schema.contains(container)) continue;
      for (const auto& [name, sub] : schema.at(container).items()) {
        walk_schemas(sub, path + "/" + container + "/" + name, f);
      }
    }
    if (schema.contains("items")) walk_schemas(schema.at("items"), path + "/items", f);
  }

 private:
  static bool has_type(const json& v, const std::string& type) {
    if (type == "null") return v.is_null();
    if (type == "boolean") return v.is_boolean();
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "number") return v.is_number();
    if (type == "integer") {
      if (v.is_number_integer()) return true;
      if (!v.is_number_float()) return false;
      const double d = v.get<double>();
      return std::isfinite(d) && std::trunc(d) == d;
    }
    return false;
  }

  const json& resolve(const std::string& ref) const {
    const std::string name = ref.substr(std::string("#/$defs/").size());
    return root_.at("$defs").at(name);
  }

  bool matches(const std::string& pattern, const std::string& s) const {
    auto it = regex_cache_.find(pattern);
    if (it == regex_cache_.end()) it = regex_cache_.emplace(pattern, std::regex(pattern)).first;
    return std::regex_search(s, it->second);
  }

  void check(const json& schema, const json& v, const std::string& at,
             std::vector<std::string>& out) const {
    const std::string here = (at.empty() ? "(root)" : at) + ": ";
    if (schema.contains("$ref")) check(resolve(schema.at("$ref").get<std::string>()), v, at, out);
    if (schema.contains("type")) {
      const json& t = schema.at("type");
      bool ok = false;
      if (t.is_string()) {
        ok = has_type(v, t.get<std::string>());
      } else {
        for (const json& name : t) ok = ok || has_type(v, name.get<std::string>());
      }
      if (!ok) {
        out.push_back(here + "type " + std::string(v.type_name()) + ", want " + t.dump());
        return;  // nothing else about the value is meaningful
      }
    }
    if (schema.contains("const") && v != schema.at("const")) {
      out.push_back(here + v.dump() + " is not " + schema.at("const").dump());
    }
    if (schema.contains("enum")) {
      bool found = false;
      for (const json& e : schema.at("enum")) found = found || v == e;
      if (!found) out.push_back(here + v.dump() + " not in enum " + schema.at("enum").dump());
    }
    if (schema.contains("minimum") && v.is_number() &&
        v.get<double>() < schema.at("minimum").get<double>()) {
      out.push_back(here + v.dump() + " below minimum " + schema.at("minimum").dump());
    }
    if (schema.contains("pattern") && v.is_string() &&
        !matches(schema.at("pattern").get<std::string>(), v.get<std::string>())) {
      out.push_back(here + v.dump() + " does not match " + schema.at("pattern").dump());
    }
    if (v.is_object()) {
      if (schema.contains("required")) {
        for (const json& name : schema.at("required")) {
          if (!v.contains(name.get<std::string>())) {
            out.push_back(here + "missing required \"" + name.get<std::string>() + "\"");
          }
        }
      }
      const json* props = schema.contains("properties") ? &schema.at("properties") : nullptr;
      for (const auto& [name, value] : v.items()) {
        const std::string child = at + "/" + pointer_token(name);
        if (props != nullptr && props->contains(name)) {
          check(props->at(name), value, child, out);
        } else if (schema.contains("additionalProperties")) {
          out.push_back(here + "unexpected property \"" + name + "\"");
        }
      }
    }
    if (v.is_array() && schema.contains("items")) {
      for (std::size_t i = 0; i < v.size(); ++i) {
        check(schema.at("items"), v[i], at + "/" + std::to_string(i), out);
      }
    }
  }

  json root_;
  mutable std::map<std::string, std::regex> regex_cache_;
};

const Validator& report_schema() {
  static const Validator v(json::parse(claimgraph::testing::read_file(
      std::string(CLAIMGRAPH_SOURCE_DIR) + "/docs/report-schema.json")));
  return v;
}

/// The JSON report of `input`, compared in-process, parsed back.
json report_of(claimgraph::IngestResult input) {
  std::ostringstream out;
  claimgraph::write_json_report(claimgraph::compare_articles(std::move(input)), out);
  return json::parse(out.str());
}

json fixture_report(const std::string& set) {
  return report_of(
      claimgraph::read_articles({std::string(CLAIMGRAPH_SOURCE_DIR) + "/fixtures/" + set}));
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

/// True when some error of `errors` starts with `prefix`.
bool has_error(const std::vector<std::string>& errors, const std::string& prefix) {
  for (const auto& e : errors) {
    if (e.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_SUITE("report_schema") {
  TEST_CASE("the schema uses only checked keywords, describes and requires every field") {
    const Validator& v = report_schema();
    CHECK_MESSAGE(v.unsupported_keywords().empty(), joined(v.unsupported_keywords()));

    std::size_t objects = 0;
    Validator::walk_schemas(v.schema(), "#", [&](const json& s, const std::string& path) {
      CAPTURE(path);
      if (!s.contains("properties")) return;
      ++objects;
      // The writer emits every field of every object: all are required, nothing else allowed.
      std::set<std::string> names;
      for (const auto& item : s.at("properties").items()) {
        const std::string name = item.key();  // not a structured binding: clang 14 cannot
        const json& sub = item.value();       // capture one in CAPTURE's lambda
        names.insert(name);
        CAPTURE(name);
        REQUIRE(sub.contains("description"));
        const std::string d = sub.at("description").get<std::string>();
        CHECK(!d.empty());
        CHECK(d.find('\n') == std::string::npos);
      }
      std::set<std::string> required;
      for (const json& r : s.value("required", json::array())) {
        required.insert(r.get<std::string>());
      }
      CHECK(required == names);
      CHECK(s.value("additionalProperties", json(true)) == json(false));
    });
    CHECK(objects == 11);  // report, summary, flag, event, consensus, key, claim, relation,
                           // source, article, skipped
  }

  TEST_CASE("the report of each fixture set validates") {
    for (const char* set : {"armenia-azerbaijan-2022", "valdoria-earthquake-2024"}) {
      CAPTURE(set);
      const json doc = fixture_report(set);
      const auto errors = report_schema().errors(doc);
      CHECK_MESSAGE(errors.empty(), joined(errors));
      // Not vacuous: the arrays the schema describes item by item are filled.
      for (const char* field :
           {"flags", "events", "keys", "claims", "relations", "sources", "articles"}) {
        CAPTURE(field);
        CHECK(!doc.at(field).empty());
      }
    }
  }

  TEST_CASE("the report of an empty input validates") {
    const json doc = report_of(claimgraph::IngestResult{});
    const auto errors = report_schema().errors(doc);
    CHECK_MESSAGE(errors.empty(), joined(errors));
    CHECK(doc.at("claims").empty());
    CHECK(doc.at("summary").at("articles") == 0);
  }

  TEST_CASE("a report of skipped input only validates") {
    claimgraph::IngestResult in;
    in.diagnostics.push_back(
        {{claimgraph::ErrorCode::too_large, "line longer than the limit", {"big.jsonl", 7, 0}},
         "line 7"});
    in.diagnostics.push_back(
        {{claimgraph::ErrorCode::binary_input, "NUL bytes", {"photo.jpg", 0, 0}}, "file"});
    const json doc = report_of(std::move(in));
    const auto errors = report_schema().errors(doc);
    CHECK_MESSAGE(errors.empty(), joined(errors));
    CHECK(doc.at("skipped").size() == 2);
  }

  TEST_CASE("the validator rejects broken reports") {
    const json valid = fixture_report("armenia-azerbaijan-2022");
    REQUIRE(report_schema().errors(valid).empty());

    struct Broken {
      const char* what;
      std::function<void(json&)> mutate;
      const char* error;  // the start of the error it must cause
    };
    auto put = [](const char* pointer, json value) {
      return [pointer, value](json& doc) { doc[json::json_pointer(pointer)] = value; };
    };
    auto erase = [](const char* parent, const char* name) {
      return [parent, name](json& doc) { doc[json::json_pointer(parent)].erase(name); };
    };
    const std::vector<Broken> cases = {
        {"a missing top-level field", erase("", "summary"), "(root): missing required \"summary\""},
        {"a missing claim field", erase("/claims/0", "hi"), "/claims/0: missing required \"hi\""},
        {"a missing consensus field", erase("/keys/0/consensus", "best"),
         "/keys/0/consensus: missing required \"best\""},
        {"an extra top-level field", put("/generated_at", "2024-01-01"),
         "(root): unexpected property \"generated_at\""},
        {"an extra claim field", put("/claims/0/confidence", 0.5),
         "/claims/0: unexpected property \"confidence\""},
        {"an extra skipped field",
         put("/skipped/0", {{"code", "io"},
                            {"message", "m"},
                            {"file", "f"},
                            {"line", 0},
                            {"skipped", "file"},
                            {"column", 3}}),
         "/skipped/0: unexpected property \"column\""},
        {"a string for an offset", put("/claims/0/sentence_start", "0"),
         "/claims/0/sentence_start: type string"},
        {"a fraction for an offset", put("/claims/0/number_end", 12.5),
         "/claims/0/number_end: type number"},
        {"a negative count", put("/summary/claims", -1), "/summary/claims: -1 below minimum"},
        {"null for a field that is never null", put("/claims/0/sentence", nullptr),
         "/claims/0/sentence: type null"},
        {"a string for a number", put("/claims/0/value", "176"), "/claims/0/value: type string"},
        {"a boolean for a number", put("/keys/0/consensus/low", true),
         "/keys/0/consensus/low: type boolean"},
        {"a string for a boolean", put("/events/0/background", "true"),
         "/events/0/background: type string"},
        {"an object for a list of ids", put("/flags/0/claims", json::object()),
         "/flags/0/claims: type object"},
        {"a number in a list of ids", put("/events/0/articles/0", 7),
         "/events/0/articles/0: type number"},
        {"an unknown severity", put("/flags/0/severity", "critical"),
         "/flags/0/severity: \"critical\" not in enum"},
        {"an unknown verdict", put("/keys/0/verdict", "ok"), "/keys/0/verdict: \"ok\" not in enum"},
        {"an unknown qualifier", put("/claims/0/qualifier", "about"),
         "/claims/0/qualifier: \"about\" not in enum"},
        {"an unknown relation", put("/relations/0/relation", "refutes"),
         "/relations/0/relation: \"refutes\" not in enum"},
        {"an unknown source type", put("/sources/0/type", "person"),
         "/sources/0/type: \"person\" not in enum"},
        {"an unknown skipped code",
         put("/skipped/0",
             {{"code", "EIO"}, {"message", "m"}, {"file", "f"}, {"line", 0}, {"skipped", "file"}}),
         "/skipped/0/code: \"EIO\" not in enum"},
        {"another format", put("/format", "claimgraph-graph"),
         "/format: \"claimgraph-graph\" is not \"claimgraph-report\""},
        {"another format version", put("/format_version", 2), "/format_version: 2 is not 1"},
        {"a date in another form", put("/claims/0/published", "15 Sep 2022"),
         "/claims/0/published: \"15 Sep 2022\" does not match"},
    };
    for (const Broken& b : cases) {
      CAPTURE(b.what);
      json doc = valid;
      b.mutate(doc);
      const auto errors = report_schema().errors(doc);
      CHECK_MESSAGE(has_error(errors, b.error), joined(errors));
    }
  }
}
