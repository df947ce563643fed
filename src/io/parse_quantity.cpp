#include <spacedc/io/parse_quantity.hpp>

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/errors.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <numbers>
#include <optional>
#include <string>
#include <system_error>

namespace spacedc::io {
namespace {

/// Exponents of the base dimensions: length, mass, time, temperature, plane angle.
struct dimension {
    std::array<int, 5> exponent{};

    friend bool operator==(const dimension&, const dimension&) = default;

    dimension& operator+=(const dimension& other) {
        for (std::size_t i = 0; i < exponent.size(); ++i) exponent[i] += other.exponent[i];
        return *this;
    }
    dimension scaled(int power) const {
        dimension d = *this;
        for (int& e : d.exponent) e *= power;
        return d;
    }
    bool is_ratio() const { return *this == dimension{}; }
};

constexpr dimension dims(int length, int mass, int time, int temperature = 0, int angle = 0) {
    return {{length, mass, time, temperature, angle}};
}

struct unit_symbol {
    std::string_view symbol;
    double factor; ///< value of one such unit in SI base units
    dimension dims;
    bool prefixable;
};

constexpr double degree = std::numbers::pi / 180.0;

// Units the parser knows. Celsius is kelvin-sized here; the offset is applied only
// when it stands alone (see `read_si`).
constexpr std::array units_known{
    unit_symbol{"m", 1.0, dims(1, 0, 0), true},
    unit_symbol{"g", 1e-3, dims(0, 1, 0), true},
    unit_symbol{"t", 1e3, dims(0, 1, 0), false},
    unit_symbol{"s", 1.0, dims(0, 0, 1), true},
    unit_symbol{"min", 60.0, dims(0, 0, 1), false},
    unit_symbol{"h", 3600.0, dims(0, 0, 1), false},
    unit_symbol{"d", 86400.0, dims(0, 0, 1), false},
    unit_symbol{"yr", 365.25 * 86400.0, dims(0, 0, 1), false}, // Julian year
    unit_symbol{"K", 1.0, dims(0, 0, 0, 1), true},
    unit_symbol{"degC", 1.0, dims(0, 0, 0, 1), false},
    unit_symbol{"°C", 1.0, dims(0, 0, 0, 1), false},
    unit_symbol{"W", 1.0, dims(2, 1, -3), true},
    unit_symbol{"J", 1.0, dims(2, 1, -2), true},
    unit_symbol{"Wh", 3600.0, dims(2, 1, -2), true},
    unit_symbol{"N", 1.0, dims(1, 1, -2), true},
    unit_symbol{"Pa", 1.0, dims(-1, 1, -2), true},
    unit_symbol{"Hz", 1.0, dims(0, 0, -1), true},
    unit_symbol{"rad", 1.0, dims(0, 0, 0, 0, 1), true},
    unit_symbol{"deg", degree, dims(0, 0, 0, 0, 1), false},
    unit_symbol{"°", degree, dims(0, 0, 0, 0, 1), false},
    unit_symbol{"au", 149'597'870'700.0, dims(1, 0, 0), false},
    unit_symbol{"%", 0.01, dims(0, 0, 0), false},
};

struct prefix {
    std::string_view symbol;
    double factor;
};

constexpr std::array prefixes_known{
    prefix{"da", 1e1},  prefix{"E", 1e18},  prefix{"P", 1e15}, prefix{"T", 1e12}, prefix{"G", 1e9},
    prefix{"M", 1e6},   prefix{"k", 1e3},   prefix{"h", 1e2},  prefix{"d", 1e-1}, prefix{"c", 1e-2},
    prefix{"m", 1e-3},  prefix{"u", 1e-6},  prefix{"µ", 1e-6}, prefix{"μ", 1e-6}, prefix{"n", 1e-9},
    prefix{"p", 1e-12}, prefix{"f", 1e-15},
};

struct named_dimension {
    dimension dims;
    std::string_view name;
};

constexpr std::array dimension_names{
    named_dimension{dims(0, 0, 0), "ratio"},
    named_dimension{dims(1, 0, 0), "length"},
    named_dimension{dims(2, 0, 0), "area"},
    named_dimension{dims(3, 0, 0), "volume"},
    named_dimension{dims(0, 1, 0), "mass"},
    named_dimension{dims(0, 0, 1), "duration"},
    named_dimension{dims(0, 0, -1), "frequency"},
    named_dimension{dims(2, 1, -3), "power"},
    named_dimension{dims(2, 1, -2), "energy"},
    named_dimension{dims(0, 0, 0, 1), "temperature"},
    named_dimension{dims(0, 1, -3), "irradiance (power per area)"},
    named_dimension{dims(2, 0, -3), "specific power (power per mass)"},
    named_dimension{dims(-2, 1, 0), "areal density (mass per area)"},
    named_dimension{dims(2, 1, -3, -1), "thermal conductance (power per kelvin)"},
    named_dimension{dims(-2, -1, 3, 1), "thermal resistance (kelvin per power)"},
    named_dimension{dims(2, 1, -2, -1), "heat capacity (energy per kelvin)"},
    named_dimension{dims(1, 1, -3, -1), "thermal conductivity (power per metre kelvin)"},
    named_dimension{dims(0, 0, 0, 0, 1), "angle"},
    named_dimension{dims(1, 0, -1), "velocity"},
    named_dimension{dims(1, 1, -2), "force"},
    named_dimension{dims(0, 0, 0, -1), "temperature coefficient (per kelvin)"},
    named_dimension{dims(2, 0, -2), "specific energy (energy per mass)"},
    named_dimension{dims(0, 1, -2), "radiant exposure (energy per area)"},
    named_dimension{dims(-1, 1, -2), "pressure"},
};

/// `name` with its indefinite article: "a power", "an area".
std::string with_article(std::string_view name) {
    const bool vowel =
        !name.empty() && std::string_view{"aeiou"}.find(name.front()) != std::string_view::npos;
    return fmt::format("{} {}", vowel ? "an" : "a", name);
}

/// The dimension's name with its article, or its base-unit spelling.
std::string describe(const dimension& d) {
    for (const auto& named : dimension_names) {
        if (named.dims == d) return with_article(named.name);
    }
    static constexpr std::array<std::string_view, 5> base{"m", "kg", "s", "K", "rad"};
    std::string text;
    for (std::size_t i = 0; i < base.size(); ++i) {
        if (d.exponent[i] == 0) continue;
        if (!text.empty()) text += ' ';
        text += base[i];
        if (d.exponent[i] != 1) text += fmt::format("^{}", d.exponent[i]);
    }
    return "a quantity in " + text;
}

/// A reason the text cannot be read; turned into `invalid_input` by `parse`.
struct unreadable {
    std::string reason;
};

/// A unit expression reduced to a factor and a dimension.
struct unit_value {
    double factor = 1.0;
    dimension dims{};
    bool lone_celsius = false; ///< the whole expression is one Celsius symbol
};

std::optional<unit_symbol> find_unit(std::string_view symbol) {
    for (const auto& u : units_known) {
        if (u.symbol == symbol) return u;
    }
    for (const auto& p : prefixes_known) {
        if (symbol.size() <= p.symbol.size() || !symbol.starts_with(p.symbol)) continue;
        for (const auto& u : units_known) {
            if (u.prefixable && symbol.substr(p.symbol.size()) == u.symbol) {
                return unit_symbol{symbol, p.factor * u.factor, u.dims, false};
            }
        }
    }
    return std::nullopt;
}

/// Recursive-descent reader of a unit expression:
///   expr   := factor (op factor)*      op := '*' | '·' | '/' | spaces
///   factor := ('(' expr ')' | symbol) power?
///   power  := '^' '-'? digits | '²' | '³' | '⁴'
/// Operators apply left to right; a space after a division is refused as ambiguous
/// ("W/m K": write "W/(m K)" or "W/m/K").
class unit_reader {
  public:
    explicit unit_reader(std::string_view text)
        : text_{text} {}

    unit_value read() {
        unit_value v = expression();
        skip_spaces();
        if (pos_ != text_.size()) {
            throw unreadable{fmt::format("unexpected '{}' in the unit", text_.substr(pos_))};
        }
        return v;
    }

  private:
    unit_value expression() {
        // A leading '/' reads as a reciprocal: "/K" is 1/K.
        unit_value total = text_.substr(pos_).starts_with("/") ? unit_value{} : factor();
        int terms = 1;
        bool after_division = false;
        while (true) {
            const bool spaced = skip_spaces();
            if (at_end() || peek() == ')') break;
            bool divide = false;
            if (consume("*") || consume("·")) {
            } else if (consume("/")) {
                divide = true;
            } else if (!spaced) {
                throw unreadable{fmt::format("unexpected '{}' in the unit", text_.substr(pos_))};
            } else if (after_division) {
                throw unreadable{"a space after '/' is ambiguous: write W/(m K) or W/m/K"};
            }
            skip_spaces();
            unit_value next = factor();
            total.factor = divide ? total.factor / next.factor : total.factor * next.factor;
            total.dims += divide ? next.dims.scaled(-1) : next.dims;
            after_division = divide;
            ++terms;
        }
        if (terms > 1) total.lone_celsius = false;
        return total;
    }

    unit_value factor() {
        unit_value v;
        if (consume("(")) {
            v = expression();
            if (!consume(")")) throw unreadable{"a '(' in the unit is not closed"};
            v.lone_celsius = false;
        } else {
            const std::string_view symbol = read_symbol();
            if (symbol.empty()) {
                throw unreadable{
                    at_end() ? std::string{"the unit is incomplete"}
                             : fmt::format("unexpected '{}' in the unit", text_.substr(pos_))};
            }
            const auto unit = find_unit(symbol);
            if (!unit) throw unreadable{fmt::format("unknown unit '{}'", symbol)};
            v.factor = unit->factor;
            v.dims = unit->dims;
            v.lone_celsius = symbol == "degC" || symbol == "°C";
        }
        const int power = read_power();
        if (power != 1) {
            v.factor = std::pow(v.factor, power);
            v.dims = v.dims.scaled(power);
            v.lone_celsius = false;
        }
        return v;
    }

    std::string_view read_symbol() {
        const std::size_t start = pos_;
        while (!at_end()) {
            const char c = peek();
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%') {
                ++pos_;
            } else if (!(consume("°") || consume("µ") || consume("μ"))) {
                break;
            }
        }
        return text_.substr(start, pos_ - start);
    }

    int read_power() {
        if (consume("²")) return 2;
        if (consume("³")) return 3;
        if (consume("⁴")) return 4;
        if (!consume("^")) return 1;
        const bool negative = consume("-");
        int value = 0;
        const auto [end, ec] =
            std::from_chars(text_.data() + pos_, text_.data() + text_.size(), value);
        if (ec != std::errc{} || value > 12)
            throw unreadable{"a power after '^' must be a whole number up to 12"};
        pos_ = static_cast<std::size_t>(end - text_.data());
        return negative ? -value : value;
    }

    bool skip_spaces() {
        const std::size_t start = pos_;
        while (!at_end() && (peek() == ' ' || peek() == '\t')) ++pos_;
        return pos_ != start;
    }
    bool consume(std::string_view token) {
        if (!text_.substr(pos_).starts_with(token)) return false;
        pos_ += token.size();
        return true;
    }
    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return text_[pos_]; }

    std::string_view text_;
    std::size_t pos_ = 0;
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

/// What a quantity's text must reduce to.
struct expectation {
    dimension dims;
    std::string_view name;
    std::string_view example;
    double ceiling; ///< the largest plausible magnitude, in SI base units
    std::string_view ceiling_text;
    bool absolute_temperature = false;
};

/// The value in SI base units (kelvin for temperatures) of `text`, or `unreadable`.
double read_si(std::string_view text, const expectation& expected) {
    text = trim(text);
    if (text.empty()) throw unreadable{"the text is empty"};
    std::string_view rest = text;
    if (rest.front() == '+') rest.remove_prefix(1);
    double number = 0.0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), number);
    if (ec == std::errc::invalid_argument) throw unreadable{"it does not start with a number"};
    const std::string_view number_text =
        rest.substr(0, static_cast<std::size_t>(end - rest.data()));
    if (ec == std::errc::result_out_of_range) {
        throw unreadable{fmt::format("the number {} is out of range", number_text)};
    }
    if (!std::isfinite(number))
        throw unreadable{fmt::format("{} is not a finite number", number_text)};
    const std::string_view unit_text = trim(rest.substr(number_text.size()));

    if (unit_text.empty() && !expected.dims.is_ratio()) {
        throw unreadable{fmt::format("{} needs a unit", with_article(expected.name))};
    }
    const unit_value unit = unit_text.empty() ? unit_value{} : unit_reader{unit_text}.read();
    if (unit.dims != expected.dims) {
        throw unreadable{fmt::format("'{}' is {}, not {}", unit_text, describe(unit.dims),
                                     with_article(expected.name))};
    }
    double si_value = number * unit.factor;
    if (expected.absolute_temperature) {
        if (unit.lone_celsius) si_value += 273.15;
        if (si_value < 0.0) throw unreadable{"it is below absolute zero"};
    }
    if (!std::isfinite(si_value)) throw unreadable{"the value is out of range in SI units"};
    if (!(std::abs(si_value) <= expected.ceiling)) {
        throw unreadable{fmt::format("beyond the plausible magnitude of {} (at most {})",
                                     with_article(expected.name), expected.ceiling_text)};
    }
    return si_value;
}

template <class Quantity>
Quantity read(std::string_view text, std::string_view parameter, const expectation& expected) {
    try {
        return Quantity::from_value(read_si(text, expected));
    } catch (const unreadable& e) {
        throw invalid_input{
            std::string{parameter}, fmt::format("'{}'", text),
            fmt::format("{}, e.g. '{}'", with_article(expected.name), expected.example), e.reason};
    }
}

} // namespace

units::absorbed_dose parse_dose(std::string_view text, std::string_view parameter) {
    constexpr std::string_view expected =
        "an absorbed dose, e.g. '2 krad' (rad, krad, Mrad, optionally '(Si)'; Gy, mGy, kGy)";
    auto fail = [&](std::string_view reason) {
        throw invalid_input{std::string{parameter}, fmt::format("'{}'", text),
                            std::string{expected}, std::string{reason}};
    };
    std::string_view rest = trim(text);
    if (rest.ends_with("(Si)")) rest = trim(rest.substr(0, rest.size() - 4));
    struct dose_unit {
        std::string_view symbol;
        double grays;
    };
    constexpr std::array dose_units{dose_unit{"Mrad", 1e4}, dose_unit{"krad", 10.0},
                                    dose_unit{"rad", 0.01}, dose_unit{"kGy", 1e3},
                                    dose_unit{"mGy", 1e-3}, dose_unit{"Gy", 1.0}};
    for (const auto& u : dose_units) {
        if (!rest.ends_with(u.symbol)) continue;
        const std::string_view number = trim(rest.substr(0, rest.size() - u.symbol.size()));
        double x = 0.0;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), x);
        if (number.empty() || ec != std::errc{} || end != number.data() + number.size())
            fail("it does not start with a number");
        const double gy = x * u.grays;
        if (!std::isfinite(gy) || !(std::abs(gy) <= 1e6))
            fail("beyond the plausible magnitude of a dose (at most 1e6 Gy)");
        return units::absorbed_dose{gy * units::grays};
    }
    fail("a dose needs one of its units");
    return {}; // not reached
}

// clang-format off
template <> units::dimensionless parse(std::string_view t, std::string_view p) { return read<units::dimensionless>(t, p, {dims(0, 0, 0), "ratio", "0.9", 1e6, "1e6"}); }
template <> units::length parse(std::string_view t, std::string_view p) { return read<units::length>(t, p, {dims(1, 0, 0), "length", "650 km", 1e12, "1e12 m, about 7 AU"}); }
template <> units::area parse(std::string_view t, std::string_view p) { return read<units::area>(t, p, {dims(2, 0, 0), "area", "12 m^2", 1e12, "1e12 m²"}); }
template <> units::volume parse(std::string_view t, std::string_view p) { return read<units::volume>(t, p, {dims(3, 0, 0), "volume", "2 m^3", 1e12, "1e12 m³"}); }
template <> units::mass parse(std::string_view t, std::string_view p) { return read<units::mass>(t, p, {dims(0, 1, 0), "mass", "250 kg", 1e12, "1e12 kg"}); }
template <> units::duration parse(std::string_view t, std::string_view p) { return read<units::duration>(t, p, {dims(0, 0, 1), "duration", "90 min", 1e10, "1e10 s, about 317 years"}); }
template <> units::power parse(std::string_view t, std::string_view p) { return read<units::power>(t, p, {dims(2, 1, -3), "power", "100 kW", 1e13, "10 TW"}); }
template <> units::energy parse(std::string_view t, std::string_view p) { return read<units::energy>(t, p, {dims(2, 1, -2), "energy", "5 kWh", 1e21, "1e21 J"}); }
template <> units::temperature parse(std::string_view t, std::string_view p) { return read<units::temperature>(t, p, {dims(0, 0, 0, 1), "temperature", "300 K", spacedc::detail::temperature_ceiling_k, "10000 K", true}); }
template <> units::temperature_difference parse(std::string_view t, std::string_view p) { return read<units::temperature_difference>(t, p, {dims(0, 0, 0, 1), "temperature difference", "10 K", spacedc::detail::temperature_ceiling_k, "10000 K"}); }
template <> units::irradiance parse(std::string_view t, std::string_view p) { return read<units::irradiance>(t, p, {dims(0, 1, -3), "irradiance", "1361 W/m^2", 1e9, "1e9 W/m²"}); }
template <> units::specific_power parse(std::string_view t, std::string_view p) { return read<units::specific_power>(t, p, {dims(2, 0, -3), "specific power", "110 W/kg", 1e7, "1e7 W/kg"}); }
template <> units::areal_density parse(std::string_view t, std::string_view p) { return read<units::areal_density>(t, p, {dims(-2, 1, 0), "areal density", "5 kg/m^2", 1e6, "1e6 kg/m²"}); }
template <> units::thermal_conductance parse(std::string_view t, std::string_view p) { return read<units::thermal_conductance>(t, p, {dims(2, 1, -3, -1), "thermal conductance", "2 W/K", 1e12, "1e12 W/K"}); }
template <> units::thermal_resistance parse(std::string_view t, std::string_view p) { return read<units::thermal_resistance>(t, p, {dims(-2, -1, 3, 1), "thermal resistance", "0.05 K/W", 1e12, "1e12 K/W"}); }
template <> units::heat_capacity parse(std::string_view t, std::string_view p) { return read<units::heat_capacity>(t, p, {dims(2, 1, -2, -1), "heat capacity", "500 J/K", 1e15, "1e15 J/K"}); }
template <> units::thermal_conductivity parse(std::string_view t, std::string_view p) { return read<units::thermal_conductivity>(t, p, {dims(1, 1, -3, -1), "thermal conductivity", "200 W/(m K)", 1e5, "1e5 W/(m K)"}); }
template <> units::angle parse(std::string_view t, std::string_view p) { return read<units::angle>(t, p, {dims(0, 0, 0, 0, 1), "angle", "25 deg", 1e3, "1000 rad"}); }
template <> units::velocity parse(std::string_view t, std::string_view p) { return read<units::velocity>(t, p, {dims(1, 0, -1), "velocity", "7.5 km/s", 299792458, "the speed of light"}); }
template <> units::temperature_coefficient parse(std::string_view t, std::string_view p) { return read<units::temperature_coefficient>(t, p, {dims(0, 0, 0, -1), "temperature coefficient", "-0.23 %/K", 1, "100 %/K"}); }
template <> units::specific_energy parse(std::string_view t, std::string_view p) { return read<units::specific_energy>(t, p, {dims(2, 0, -2), "specific energy", "150 Wh/kg", 1e8, "1e8 J/kg"}); }
template <> units::radiant_exposure parse(std::string_view t, std::string_view p) { return read<units::radiant_exposure>(t, p, {dims(0, 1, -2), "radiant exposure", "1200 kWh/m^2", 1e12, "1e12 J/m²"}); }
// clang-format on

} // namespace spacedc::io
