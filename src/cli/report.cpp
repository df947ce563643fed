#include "report.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace spacedc::cli {

void print_table(std::ostream& out, const std::vector<table_row>& rows) {
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.label.size());
    for (const auto& row : rows) out << fmt::format("{:<{}}  {}\n", row.label, width, row.value);
}

void print_json(std::ostream& out, const json& report) { out << report.dump(2) << '\n'; }

} // namespace spacedc::cli
