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

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
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
/// What a load is, when it is one of load_schedule.hpp's: kept beside its function so
/// the load can be moved to another orbit (`thermal_network::set_orbit`) and its jumps
/// found (`load_breakpoints`).
using load_kind =
    std::variant<std::monostate, tabulated_schedule, sunlit_schedule, environment_schedule>;

struct network_load {
    std::size_t node;
    std::function<units::power(units::duration)> power;
    load_kind kind{};
};

/// The network. Build it with the add_ functions, which check their arguments.
class thermal_network {
  public:
    /// Adds a node; throws `invalid_input` for a duplicate name, a negative capacitance
    /// or a negative temperature.
    std::size_t add_node(network_node node) {
        if (node.name.empty()) throw invalid_input{"node name", "(empty)", "a non-empty name"};
        const std::size_t hash = std::hash<std::string>{}(node.name);
        if (4 * (nodes_.size() + 1) > 3 * slots_.size()) rehash(nodes_.size() + 1);
        // One probe sequence finds a duplicate or the empty slot the new node takes.
        const std::size_t slot = probe(node.name, hash);
        if (slots_[slot] != 0)
            throw invalid_input{"node name", node.name, "unique names", "duplicate node"};
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
        if (nodes_.size() >= 0xFFFF'FFFEULL)
            throw invalid_input{"nodes", fmt::format("{}", nodes_.size()), "fewer than 2^32 - 1"};
        nodes_.push_back(std::move(node));
        hashes_.push_back(hash);
        slots_[slot] = static_cast<std::uint32_t>(nodes_.size());
        return nodes_.size() - 1;
    }

    /// Makes room for a model of known size (a reader knows it before adding), so the
    /// vectors and the name index are allocated once.
    void reserve(std::size_t nodes, std::size_t conductors, std::size_t radiation,
                 std::size_t loads) {
        nodes_.reserve(nodes);
        hashes_.reserve(nodes);
        conductors_.reserve(conductors);
        radiation_.reserve(radiation);
        loads_.reserve(loads);
        rehash(nodes);
    }

    /// The index of the node called `name`; throws `invalid_input` if there is none.
    std::size_t node(const std::string& name) const {
        const std::size_t i = find(name, std::hash<std::string>{}(name));
        if (i == npos)
            throw invalid_input{"node", name, "the name of a node in the network", "no such node"};
        return i;
    }

    /// The index of the node called `name`, looking first at `hint` and the node after it
    /// (a generated model lists its links in node order, so this skips most hash lookups
    /// in a large one); throws `invalid_input` if there is none.
    std::size_t node(const std::string& name, std::size_t hint) const {
        for (std::size_t i = hint; i < nodes_.size() && i <= hint + 1; ++i)
            if (nodes_[i].name == name) return i;
        return node(name);
    }

    void add_conductor(const std::string& from, const std::string& to,
                       units::thermal_conductance g) {
        add_conductor(node(from), node(to), g);
    }

    /// A conductor between the nodes of index `from` and `to` (as `node` gives them).
    void add_conductor(std::size_t from, std::size_t to, units::thermal_conductance g) {
        distinct(from, to);
        if (!non_negative(g)) {
            spacedc::detail::require_non_negative(
                "conductance " + nodes_[from].name + "-" + nodes_[to].name, g);
        }
        conductors_.push_back({from, to, g});
    }

    void add_radiation(const std::string& from, const std::string& to,
                       units::area exchange_factor) {
        add_radiation(node(from), node(to), exchange_factor);
    }

    /// A radiative coupling between the nodes of index `from` and `to`.
    void add_radiation(std::size_t from, std::size_t to, units::area exchange_factor) {
        distinct(from, to);
        if (!non_negative(exchange_factor)) {
            spacedc::detail::require_non_negative(
                "exchange factor " + nodes_[from].name + "-" + nodes_[to].name, exchange_factor);
        }
        radiation_.push_back({from, to, exchange_factor});
    }

    /// A radiative coupling from a surface's area, effective emissivity and view factor.
    void add_radiation(const std::string& from, const std::string& to, units::area area,
                       units::dimensionless emissivity, units::dimensionless view_factor) {
        add_radiation(node(from), node(to), area, emissivity, view_factor);
    }
    void add_radiation(std::size_t from, std::size_t to, units::area area,
                       units::dimensionless emissivity, units::dimensionless view_factor) {
        distinct(from, to);
        const double e = emissivity.value(), f = view_factor.value();
        if (!(e > 0.0 && e <= 1.0) || !(f >= 0.0 && f <= 1.0)) {
            const std::string link = nodes_[from].name + "-" + nodes_[to].name;
            spacedc::detail::require_unit_fraction("emissivity " + link, emissivity);
            spacedc::detail::require_in_closed_range("view factor " + link, view_factor, 0.0, 1.0);
        }
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
    void add_load(const std::string& name, const tabulated_schedule& schedule) {
        validate(schedule);
        loads_.push_back({node(name), schedule, schedule});
    }
    void add_load(const std::string& name, const sunlit_schedule& schedule) {
        validate(schedule);
        loads_.push_back({node(name), schedule, schedule});
    }
    void add_load(const std::string& name, const environment_schedule& schedule) {
        validate(schedule);
        loads_.push_back({node(name), schedule, schedule});
    }

    /// Moves every load that follows an orbit (sunlit and environment schedules) to
    /// `pass`: the same node model on another day's beta angle or another altitude.
    void set_orbit(const orbit_pass& pass) {
        validate(pass);
        for (auto& l : loads_) {
            if (auto* s = std::get_if<sunlit_schedule>(&l.kind)) {
                s->pass = pass;
                l.power = *s;
            } else if (auto* e = std::get_if<environment_schedule>(&l.kind)) {
                e->pass = pass;
                l.power = *e;
            }
        }
    }

    /// Sets the solar irradiance of every environment load (the day's, as the Earth's
    /// distance from the Sun changes through the year).
    void set_solar_flux(units::irradiance solar) {
        spacedc::detail::require_non_negative("solar flux", solar);
        for (auto& l : loads_) {
            if (auto* e = std::get_if<environment_schedule>(&l.kind)) {
                e->environment.solar = solar;
                l.power = *e;
            }
        }
    }

    /// True when some load follows an orbit.
    bool follows_orbit() const {
        return std::any_of(loads_.begin(), loads_.end(), [](const network_load& l) {
            return std::holds_alternative<sunlit_schedule>(l.kind) ||
                   std::holds_alternative<environment_schedule>(l.kind);
        });
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

    /// Name lookup: open addressing with linear probing over `slots_` (node index + 1,
    /// 0 for empty), at most 3/4 full, the names' hashes kept beside the nodes for
    /// rehashing. No allocation per node, and 4 bytes a slot so the index of a 10^5-node
    /// model stays in a core's cache: loading stays linear.
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// The slot holding `name`, or the empty slot where it would go.
    std::size_t probe(const std::string& name, std::size_t hash) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = hash & mask;
        while (slots_[s] != 0 && nodes_[slots_[s] - 1].name != name) s = (s + 1) & mask;
        return s;
    }

    std::size_t find(const std::string& name, std::size_t hash) const {
        if (slots_.empty()) return npos;
        const std::uint32_t slot = slots_[probe(name, hash)];
        return slot == 0 ? npos : slot - 1;
    }

    /// Room for `nodes` at a load of at most 3/4 (linear probing stays short, and most
    /// probes stay within one cache line of 16 slots).
    void rehash(std::size_t nodes) {
        std::size_t size = 64;
        while (4 * nodes > 3 * size) size *= 2;
        if (size <= slots_.size()) return;
        slots_.assign(size, 0);
        const std::size_t mask = size - 1;
        for (std::size_t i = 0; i < nodes_.size(); ++i) {
            std::size_t s = hashes_[i] & mask;
            while (slots_[s] != 0) s = (s + 1) & mask;
            slots_[s] = static_cast<std::uint32_t>(i + 1);
        }
    }

    void distinct(std::size_t from, std::size_t to) const {
        if (from >= nodes_.size() || to >= nodes_.size()) {
            throw invalid_input{"link", fmt::format("{}-{}", from, to),
                                fmt::format("node indices below {}", nodes_.size())};
        }
        if (from == to) {
            throw invalid_input{"link", nodes_[from].name + "-" + nodes_[to].name,
                                "two different nodes"};
        }
    }

    std::vector<network_node> nodes_;
    std::vector<std::size_t> hashes_;  ///< hash of each node's name, in node order
    std::vector<std::uint32_t> slots_; ///< the name index (see `find`): 4 bytes a slot
    std::vector<network_conductor> conductors_;
    std::vector<network_radiation> radiation_;
    std::vector<network_load> loads_;
};

} // namespace spacedc::thermal
