#pragma once
/// \file
/// US dollars in the human reports, never in scientific notation: "$8.67 million",
/// "$86,700", "$12.50", "$0.046".

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace spacedc::cli {

/// `usd` for a reader: millions and billions in words with three significant digits,
/// whole dollars grouped by thousands from $100, cents below, three decimals below $1.
inline std::string usd(double usd) {
    const double a = std::abs(usd);
    const char* sign = usd < 0.0 ? "-" : "";
    if (a >= 1e9) return fmt::format("{}${:.3g} billion", sign, a / 1e9);
    if (a >= 1e6) return fmt::format("{}${:.3g} million", sign, a / 1e6);
    if (a >= 100.0) {
        std::string digits = fmt::format("{:.0f}", a);
        for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
            digits.insert(static_cast<std::size_t>(at), ",");
        return fmt::format("{}${}", sign, digits);
    }
    return fmt::format("{}${:.{}f}", sign, a, a >= 1.0 ? 2 : 3);
}

} // namespace spacedc::cli
