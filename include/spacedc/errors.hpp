#pragma once
/// \file
/// The library's exceptions. Everything spacedc throws derives from `spacedc::error`.
///
/// - `invalid_input`: an argument, config value or text outside its valid range; the
///   message names the parameter, the value and the range.
/// - `no_convergence`: an iterative solver that did not meet its tolerance.
///
/// An infeasible design is not an error: models return it as a result with a reason.

#include <stdexcept>
#include <string>

namespace spacedc {

/// Base of all spacedc exceptions.
class error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// A parameter given a value outside its valid range, or text that does not read as
/// the quantity expected.
///
///     throw invalid_input{"emissivity", "1.2", "(0, 1]"};
///     // what(): "emissivity = 1.2 is invalid; valid range: (0, 1]"
class invalid_input : public error {
  public:
    invalid_input(std::string parameter, std::string value, std::string valid_range,
                  std::string reason = {})
        : error{message(parameter, value, valid_range, reason)}
        , parameter_{std::move(parameter)}
        , value_{std::move(value)}
        , valid_range_{std::move(valid_range)}
        , reason_{std::move(reason)} {}

    const std::string& parameter() const noexcept { return parameter_; }
    const std::string& value() const noexcept { return value_; }
    const std::string& valid_range() const noexcept { return valid_range_; }
    const std::string& reason() const noexcept { return reason_; }

  private:
    static std::string message(const std::string& parameter, const std::string& value,
                               const std::string& valid_range, const std::string& reason) {
        std::string text = parameter + " = " + value + " is invalid";
        if (!reason.empty()) text += ": " + reason;
        return text + "; valid range: " + valid_range;
    }

    std::string parameter_;
    std::string value_;
    std::string valid_range_;
    std::string reason_;
};

/// An iterative solver that stopped before meeting its tolerance.
class no_convergence : public error {
  public:
    using error::error;
};

} // namespace spacedc
