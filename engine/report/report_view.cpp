// ReportView: the report indexed for the Markdown, HTML and CSV writers.

#include "report/report_view.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "claimgraph/keys.hpp"
#include "claimgraph/time_anchor.hpp"

namespace claimgraph::detail {
namespace {

// Line breaks and tabs inside a quote become spaces: a quote is one line in every format.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  }
  return out;
}

}  // namespace

ReportView::ReportView(const Report& report) : report_(report) {
  for (const Claim& c : report.claims) claims_.emplace(c.id, &c);
  for (const Article& a : report.articles) articles_.emplace(a.id, &a);
  for (const KeyVerdict& k : report.keys) {
    keys_.emplace(k.key.id, &k.key);
    for (const KeyedClaim& kc : k.key.claims) {
      voices_[report.claims[kc.claim].id] = std::string(voice_name(kc.voice));
    }
  }
}

const Claim* ReportView::claim(const std::string& id) const {
  const auto it = claims_.find(id);
  return it == claims_.end() ? nullptr : it->second;
}

const Article* ReportView::article(const std::string& id) const {
  const auto it = articles_.find(id);
  return it == articles_.end() ? nullptr : it->second;
}

std::string ReportView::key_title(const std::string& key_id) const {
  const auto it = keys_.find(key_id);
  return it == keys_.end() ? key_id : key_title(*it->second);
}

std::vector<const KeyVerdict*> ReportView::keys_of(const std::string& event) const {
  std::vector<const KeyVerdict*> out;
  for (const KeyVerdict& k : report_.keys) {
    if (k.key.event == event) out.push_back(&k);
  }
  return out;
}

std::vector<const Discrepancy*> ReportView::flags_of(const std::string& key) const {
  std::vector<const Discrepancy*> out;
  for (const Discrepancy& d : report_.flags) {
    if (d.key == key) out.push_back(&d);
  }
  return out;
}

std::vector<const Claim*> ReportView::claims_of(const KeyVerdict& key) const {
  std::vector<const Claim*> out;
  for (const KeyedClaim& kc : key.key.claims) out.push_back(&report_.claims[kc.claim]);
  std::stable_sort(out.begin(), out.end(), [](const Claim* a, const Claim* b) {
    const std::string da = date_or_empty(*a);
    const std::string db = date_or_empty(*b);
    return std::tie(da, a->quantity.best, a->id) < std::tie(db, b->quantity.best, b->id);
  });
  return out;
}

std::string ReportView::url_of(const Claim& c) const {
  const Article* a = article(c.article);
  return a ? safe_url(a->url) : std::string();
}

std::string ReportView::outlet_of(const Claim& c) {
  return c.outlet.empty() ? c.article : c.outlet;
}

std::string ReportView::claimant_of(const Claim& c) {
  return c.outlet_voice ? std::string("(outlet)") : c.claimant.str();
}

std::string ReportView::voice_of(const Claim& c) const {
  const auto it = voices_.find(c.id);
  return it == voices_.end() ? c.claimant.str() : it->second;
}

std::string ReportView::key_title(const ComparisonKey& key) {
  const std::string side = key.side == "both" ? std::string("all sides")
                           : key.side.empty() ? std::string("side unknown")
                                              : key.side.str();
  return key.kind + " · " + side + " · " + key.population;
}

QuotedSentence ReportView::quote(const Claim& c) const {
  const Article* a = article(c.article);
  if (!a) return {};
  const Span s = c.sentence;
  const Span q = c.quantity.span;
  const std::string_view sentence = text_at(*a, s);
  if (sentence.size() != s.size() || q.begin < s.begin || q.end > s.end || q.begin > q.end) {
    return {one_line(sentence), "", ""};
  }
  return {one_line(sentence.substr(0, q.begin - s.begin)),
          one_line(sentence.substr(q.begin - s.begin, q.size())),
          one_line(sentence.substr(q.end - s.begin))};
}

std::size_t ReportView::outlet_count() const {
  std::set<std::string> outlets;
  for (const Article& a : report_.articles) outlets.insert(a.outlet.empty() ? a.id : a.outlet);
  return outlets.size();
}

std::size_t ReportView::claimant_count() const {
  std::set<std::string> claimants;
  for (const Claim& c : report_.claims) claimants.insert(c.claimant);
  return claimants.size();
}

std::string safe_url(std::string_view url) {
  const auto starts = [&](std::string_view p) {
    if (url.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i) {
      const char ch = url[i] >= 'A' && url[i] <= 'Z' ? static_cast<char>(url[i] + 32) : url[i];
      if (ch != p[i]) return false;
    }
    return true;
  };
  if (!starts("http://") && !starts("https://")) return {};
  std::string out;
  for (const char ch : url) {
    const auto u = static_cast<unsigned char>(ch);
    if (u <= 0x20 || ch == '"' || ch == '\'' || ch == '<' || ch == '>' || ch == '(' || ch == ')' ||
        ch == '[' || ch == ']' || ch == '`' || ch == '\\') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += ch;
    }
  }
  return out;
}

std::string event_days(const Event& e) {
  const std::string a = e.first_day ? iso_date(*e.first_day) : "";
  const std::string b = e.last_day ? iso_date(*e.last_day) : "";
  if (a.empty()) return b;
  return a == b || b.empty() ? a : a + " – " + b;
}

std::string date_or_empty(const Claim& c) { return c.published ? iso_date(*c.published) : ""; }

}  // namespace claimgraph::detail
