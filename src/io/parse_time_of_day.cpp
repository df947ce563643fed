#include <spacedc/io/parse_time_of_day.hpp>

#include <spacedc/errors.hpp>
#include <spacedc/io/parse_quantity.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <string>

namespace spacedc::io {
namespace {

constexpr std::string_view valid_range = "a time of day in [00:00, 24:00), e.g. '06:00' or '6 h'";

/// Reads "HH:MM" or "HH:MM:SS" into seconds; throws the reason it cannot.
double read_clock(std::string_view text) {
    std::array<int, 3> fields{0, 0, 0};
    std::size_t count = 0;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    while (true) {
        if (count == fields.size()) throw std::string{"too many ':' fields"};
        const auto [next, ec] = std::from_chars(p, end, fields[count]);
        if (ec != std::errc{} || next == p || next - p > 2)
            throw std::string{"each field must be one or two digits"};
        ++count;
        p = next;
        if (p == end) break;
        if (*p != ':')
            throw fmt::format("unexpected '{}'",
                              std::string_view{p, static_cast<std::size_t>(end - p)});
        ++p;
    }
    if (count < 2) throw std::string{"write hours and minutes as HH:MM"};
    if (fields[1] > 59 || fields[2] > 59) throw std::string{"minutes and seconds must be below 60"};
    return fields[0] * 3600.0 + fields[1] * 60.0 + fields[2];
}

} // namespace

units::duration parse_time_of_day(std::string_view text, std::string_view parameter) {
    double seconds = 0.0;
    if (text.find(':') != std::string_view::npos) {
        try {
            seconds = read_clock(text);
        } catch (const std::string& reason) {
            throw invalid_input{std::string{parameter}, fmt::format("'{}'", text),
                                std::string{valid_range}, reason};
        }
    } else {
        seconds = parse<units::duration>(text, parameter).value();
    }
    if (!(seconds >= 0.0 && seconds < 86'400.0)) {
        throw invalid_input{std::string{parameter}, fmt::format("'{}'", text),
                            std::string{valid_range}};
    }
    return units::duration{seconds * units::seconds};
}

} // namespace spacedc::io
