#pragma once
/// Stage "report": the JSON report, the format programs read. Schema: docs/report-schema.json.

#include <ostream>

#include "claimgraph/report.hpp"

namespace claimgraph {

/// Writes `report` as one JSON document (UTF-8, two-space indent, keys in a fixed order).
/// Same report, same bytes.
void write_json_report(const Report& report, std::ostream& out);

}  // namespace claimgraph
