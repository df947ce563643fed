#pragma once
// Private: the numeric keys of a node spec as direct setters on `node::node_spec`, so a
// study that sets a few keys per design copies a spec and sets numbers instead of writing
// text into the document and reading the whole spec again. The spec reader
// (node_spec_file.cpp) stays the definition of every key: a sweep sets each axis value
// as the reader read it into the field (sweep_file.cpp), and a Monte Carlo study uses an
// entry only after the reader has set the same field to the same number at three
// percentiles of the distribution (uncertainty_file.cpp).

#include <spacedc/node/node_spec.hpp>

#include <functional>
#include <string_view>

namespace spacedc::io::detail {

struct spec_field {
    /// Sets the field to `si` (SI units; a plain number for ratios and prices).
    std::function<void(node::node_spec&, double si)> set;
    /// The field's value in SI (NaN when unset, e.g. an absent radiator temperature).
    std::function<double(const node::node_spec&)> get;
    /// `x` written in `unit` ("" for a plain number) in SI, as the reader converts it;
    /// throws `invalid_input` when the unit does not fit the field.
    std::function<double(double x, std::string_view unit)> to_si;
};

/// The entry for dotted `key`, or nullptr (text and table keys have none).
const spec_field* find_spec_field(std::string_view key);

} // namespace spacedc::io::detail
