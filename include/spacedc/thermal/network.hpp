#pragma once
/// \file
/// A lumped-parameter thermal network (the SINDA/ESATAN way): nodes with a heat capacity
/// or a fixed temperature, linear conductors, radiative couplings and heat loads.
///
///   C_i dT_i/dt = sum_j G_ij (T_j - T_i) + sum_j sigma X_ij (T_j^4 - T_i^4) + Q_i(t)
/// (Gilmore, Spacecraft Thermal Control Handbook Vol. I, ch. 15, "thermal analysis";
/// Incropera & DeWitt sec. 5.10 for the finite-difference energy balance). X_ij is the
/// radiative exchange factor in m^2: eps_eff A F for a coupling given by area,
/// emissivity and view factor. Solved by `steady_state` and `transient`
/// (network_solver.hpp).

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/thermal/load_schedule.hpp>
#include <spacedc/units.hpp>

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace spacedc::thermal {

struct network_node {
    std::string name;
    std::optional<units::heat_capacity> capacitance{}; ///< none: a massless (arithmetic) node
    std::optional<units::temperature>
        fixed_temperature{}; ///< a boundary (e.g. deep space at 2.725 K)
    units::temperature initial_temperature{293.15 * units::kelvin};
};

struct network_conductor {
    std::size_t from, to;
    units::thermal_conductance conductance;
};

struct network_radiation {
    std::size_t from, to;
    units::area exchange_factor; ///< X = eps_eff A F
};

/// A load on a node: constant, or a function of time since the start.
struct network_load {
    std::size_t node;
    std::function<units::power(units::duration)> power;
};

/// The network. Build it with the add_ functions, which check their arguments.
class thermal_network {
  public:
    /// Adds a node; throws `invalid_input` for a duplicate name, a negative capacitance
    /// or a negative temperature.
    std::size_t add_node(network_node node) {
        if (node.name.empty()) throw invalid_input{"node name", "(empty)", "a non-empty name"};
        if (index_.count(node.name))
            throw invalid_input{"node name", node.name, "unique names", "duplicate node"};
        if (index_.empty()) index_.reserve(64);
        if (node.capacitance && !non_negative(*node.capacitance))
            spacedc::detail::require_non_negative("capacitance of " + node.name, *node.capacitance);
        if (node.fixed_temperature &&
            !non_negative(units::above_absolute_zero(*node.fixed_temperature))) {
            spacedc::detail::require_non_negative(
                "temperature of " + node.name, units::above_absolute_zero(*node.fixed_temperature));
        }
        if (!(units::above_absolute_zero(node.initial_temperature).value() > 0.0) ||
            !std::isfinite(node.initial_temperature.value())) {
            spacedc::detail::require_positive("initial temperature of " + node.name,
                                              units::above_absolute_zero(node.initial_temperature));
        }
        index_[node.name] = nodes_.size();
        nodes_.push_back(std::move(node));
        return nodes_.size() - 1;
    }

    /// The index of the node called `name`; throws `invalid_input` if there is none.
    std::size_t node(const std::string& name) const {
        const auto it = index_.find(name);
        if (it == index_.end())
            throw invalid_input{"node", name, "the name of a node in the network", "no such node"};
        return it->second;
    }

    void add_conductor(const std::string& from, const std::string& to,
                       units::thermal_conductance g) {
        if (!non_negative(g))
            spacedc::detail::require_non_negative("conductance " + from + "-" + to, g);
        conductors_.push_back({distinct(from, to), node(to), g});
    }

    void add_radiation(const std::string& from, const std::string& to,
                       units::area exchange_factor) {
        if (!non_negative(exchange_factor)) {
            spacedc::detail::require_non_negative("exchange factor " + from + "-" + to,
                                                  exchange_factor);
        }
        radiation_.push_back({distinct(from, to), node(to), exchange_factor});
    }

    /// A radiative coupling from a surface's area, effective emissivity and view factor.
    void add_radiation(const std::string& from, const std::string& to, units::area area,
                       units::dimensionless emissivity, units::dimensionless view_factor) {
        spacedc::detail::require_unit_fraction("emissivity " + from + "-" + to, emissivity);
        spacedc::detail::require_in_closed_range("view factor " + from + "-" + to, view_factor, 0.0,
                                                 1.0);
        add_radiation(from, to, emissivity * area * view_factor);
    }

    void add_load(const std::string& name, units::power constant) {
        if (!std::isfinite(constant.value()))
            throw invalid_input{"load on " + name, "not finite", "a finite power"};
        loads_.push_back({node(name), [constant](units::duration) { return constant; }});
    }

    /// A load given by any function of time; it must return finite powers.
    void add_load(const std::string& name, std::function<units::power(units::duration)> schedule) {
        loads_.push_back({node(name), std::move(schedule)});
    }

    /// The time-varying loads of load_schedule.hpp, validated first.
    void add_load(const std::string& name, tabulated_schedule schedule) {
        validate(schedule);
        add_load(name, std::function<units::power(units::duration)>{std::move(schedule)});
    }
    void add_load(const std::string& name, const sunlit_schedule& schedule) {
        validate(schedule);
        add_load(name, std::function<units::power(units::duration)>{schedule});
    }
    void add_load(const std::string& name, const environment_schedule& schedule) {
        validate(schedule);
        add_load(name, std::function<units::power(units::duration)>{schedule});
    }

    /// Sets the initial temperature (the Newton start and the transient start) of every
    /// node, e.g. from a steady state; `temperatures` is in node order.
    void set_initial_temperatures(const std::vector<units::temperature>& temperatures) {
        if (temperatures.size() != nodes_.size()) {
            throw invalid_input{"initial temperatures",
                                fmt::format("{} values", temperatures.size()),
                                fmt::format("one per node ({})", nodes_.size())};
        }
        for (std::size_t i = 0; i < nodes_.size(); ++i) {
            spacedc::detail::require_positive("initial temperature of " + nodes_[i].name,
                                              units::above_absolute_zero(temperatures[i]));
            nodes_[i].initial_temperature = temperatures[i];
        }
    }

    const std::vector<network_node>& nodes() const { return nodes_; }
    const std::vector<network_conductor>& conductors() const { return conductors_; }
    const std::vector<network_radiation>& radiation() const { return radiation_; }
    const std::vector<network_load>& loads() const { return loads_; }

  private:
    /// The checks below build their error's name only when they fail (loading a 10^5-node
    /// model would otherwise format 10^5 names for nothing).
    template <class Quantity>
    static bool non_negative(Quantity q) {
        return q.value() >= 0.0 && std::isfinite(q.value());
    }

    std::size_t distinct(const std::string& from, const std::string& to) const {
        if (from == to) throw invalid_input{"link", from + "-" + to, "two different nodes"};
        return node(from);
    }

    std::vector<network_node> nodes_;
    std::unordered_map<std::string, std::size_t> index_; ///< name -> node, O(1) for large models
    std::vector<network_conductor> conductors_;
    std::vector<network_radiation> radiation_;
    std::vector<network_load> loads_;
};

} // namespace spacedc::thermal
