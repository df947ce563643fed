#include "report.hpp"

#include <spacedc/constants.hpp>
#include <spacedc/errors.hpp>
#include <spacedc/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace spacedc::cli {
namespace {

/// Throws if any number in `j` is not finite, naming its key path.
void require_finite(const json& j, const std::string& path) {
    if (j.is_number_float()) {
        if (!std::isfinite(j.get<double>())) {
            throw spacedc::error{fmt::format(
                "internal error: '{}' is not finite; no result is printed (please report "
                "the inputs)",
                path)};
        }
    } else if (j.is_object()) {
        for (const auto& [key, value] : j.items())
            require_finite(value, path.empty() ? key : path + "." + key);
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i)
            require_finite(j[i], fmt::format("{}[{}]", path, i));
    }
}

/// True if `text` has "nan" or "inf" as a word (how fmt prints non-finite numbers).
bool shows_non_finite(std::string_view text) {
    for (std::string_view word : {"nan", "inf"}) {
        for (auto at = text.find(word); at != std::string_view::npos;
             at = text.find(word, at + 1)) {
            const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
            const auto end = at + word.size();
            const bool ends =
                end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
            if (starts && ends) return true;
        }
    }
    return false;
}

} // namespace

void print_table(std::ostream& out, const std::vector<table_row>& rows) {
    std::size_t width = 0;
    for (const auto& row : rows) {
        if (shows_non_finite(row.value)) {
            throw spacedc::error{fmt::format(
                "internal error: '{}' is not finite; no result is printed (please report the "
                "inputs)",
                row.label)};
        }
        width = std::max(width, row.label.size());
    }
    for (const auto& row : rows) out << fmt::format("{:<{}}  {}\n", row.label, width, row.value);
}

json finished(json report) {
    require_finite(report, "");
    if (report.is_object()) {
        if (!report.contains("earth_radius_m"))
            report["earth_radius_m"] = constants::earth_equatorial_radius.value();
        report["spacedc_version"] = version_string;
        report["schema_version"] = schema_version;
    }
    return report;
}

void print_json(std::ostream& out, const json& report) { out << finished(report).dump(2) << '\n'; }

std::string iso_date(std::chrono::year_month_day date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace spacedc::cli
