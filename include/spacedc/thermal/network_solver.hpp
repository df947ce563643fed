#pragma once
/// \file
/// Steady-state and transient solutions of a `thermal_network`.
///
/// Steady state: Newton-Raphson on the nodal energy balances R(T) = 0 with the sparse
/// Jacobian (dR_i/dT_i = -sum G_ij - 4 sigma sum X_ij T_i^3, dR_i/dT_j = G_ij + 4 sigma
/// X_ij T_j^3) solved by Eigen's SparseLU up to 2,000 unknowns; above, by conjugate
/// gradients with a Jacobi preconditioner when the Jacobian is symmetric (no radiation
/// between two free nodes: -J is then symmetric positive definite, diagonally dominant)
/// and BiCGSTAB with a Jacobi preconditioner otherwise, falling back to BiCGSTAB with an
/// incomplete LU and then to SparseLU if one does not converge (Saad, Iterative Methods
/// for Sparse Linear Systems, 2nd ed., ch. 6-10); each step is limited to half a
/// node's temperature (or 100 K) and backtracked until the residual norm falls, so it converges
/// from poor guesses (all nodes at 3 K or 3000 K). Converged when the sum of |R_i| is
/// below 1e-10 of the total load (so the energy balance closes to better than 1e-9).
///
/// Transient: implicit integration of C dT/dt = R(T, t), backward Euler or variable-step
/// BDF2 ((1+2w)/(1+w) T_{n+1} - (1+w) T_n + w^2/(1+w) T_{n-1} = h R(T_{n+1}), w = h_n /
/// h_{n-1}; Hairer & Wanner, Solving ODEs II, sec. III.5), each step by Newton; fixed
/// steps (halved when Newton fails) or local error control against a tolerance in
/// kelvin (`transient`). Energy is tracked: supplied by the loads, rejected to the
/// boundary nodes, stored in the capacitances.

#include <spacedc/thermal/network.hpp>

#include <Eigen/Dense>
#include <Eigen/IterativeLinearSolvers>
#include <Eigen/Sparse>
#include <Eigen/SparseLU>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <optional>
#include <vector>

namespace spacedc::thermal {

struct network_solution {
    std::vector<units::temperature> temperatures; ///< in node order
    int iterations = 0;
    units::power energy_residual; ///< |loads - heat into the boundary nodes|
    units::power total_load;
};

enum class integrator { backward_euler, bdf2 };

struct transient_options {
    units::duration duration;
    units::duration step;
    integrator method = integrator::bdf2;
    /// Record the history at multiples of this interval (and at the end); every step
    /// when absent.
    std::optional<units::duration> output_interval{};
    /// Local error control: the largest nodal error a step may make; fixed steps when
    /// absent.
    std::optional<units::temperature_difference> tolerance{};
    /// The most steps a run may take, accepted and rejected: fixed steps are counted
    /// before the run starts, controlled ones as they are taken.
    std::int64_t max_steps = 10'000'000;
    /// The most temperatures the history may hold (records x nodes; 8 bytes each).
    std::int64_t max_history_values = 100'000'000;
};

struct transient_history {
    std::vector<units::duration> times;                        ///< 0 and the end of every step
    std::vector<std::vector<units::temperature>> temperatures; ///< at each time, in node order
    units::energy supplied;                                    ///< by the loads
    units::energy rejected;                                    ///< into the boundary nodes
    units::energy stored;                                      ///< sum C_i (T_i,end - T_i,start)
    std::int64_t steps = 0;                                    ///< accepted steps
    std::int64_t rejected_steps = 0; ///< steps redone because their error exceeded the tolerance
};

namespace network_detail {

/// The network in raw SI numbers, with the free (unknown) nodes numbered.
struct system {
    const thermal_network& net;
    std::vector<int> unknown;         ///< node -> unknown index, or -1 for fixed nodes
    std::vector<std::size_t> node_of; ///< unknown -> node
    std::vector<double> capacity;     ///< per unknown, J/K
    bool symmetric_jacobian = true;   ///< no radiation between two free nodes

    explicit system(const thermal_network& n)
        : net{n}
        , unknown(n.nodes().size(), -1) {
        for (std::size_t i = 0; i < n.nodes().size(); ++i) {
            if (!n.nodes()[i].fixed_temperature) {
                unknown[i] = static_cast<int>(node_of.size());
                node_of.push_back(i);
                capacity.push_back(n.nodes()[i].capacitance ? n.nodes()[i].capacitance->value()
                                                            : 0.0);
            }
        }
        for (const auto& r : n.radiation()) {
            if (unknown[r.from] >= 0 && unknown[r.to] >= 0) symmetric_jacobian = false;
        }
        require_paths_to_boundaries();
    }

    std::size_t size() const { return node_of.size(); }

    /// Every free node must reach a fixed node through the links, or its steady
    /// temperature is undefined.
    void require_paths_to_boundaries() const {
        const std::size_t n = net.nodes().size();
        std::vector<std::size_t> parent(n);
        std::iota(parent.begin(), parent.end(), std::size_t{0});
        auto find = [&](std::size_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (const auto& c : net.conductors()) {
            if (c.conductance.value() > 0.0) parent[find(c.from)] = find(c.to);
        }
        for (const auto& r : net.radiation()) {
            if (r.exchange_factor.value() > 0.0) parent[find(r.from)] = find(r.to);
        }
        std::vector<bool> grounded(n, false);
        for (std::size_t i = 0; i < n; ++i) {
            if (net.nodes()[i].fixed_temperature) grounded[find(i)] = true;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!grounded[find(i)]) {
                throw invalid_input{
                    "node " + net.nodes()[i].name, "(no path to a boundary node)",
                    "a node linked, directly or through others, to a fixed-temperature node"};
            }
        }
    }

    /// Full temperature vector (all nodes) from the unknowns.
    std::vector<double> all(const Eigen::VectorXd& x) const {
        std::vector<double> t(net.nodes().size());
        for (std::size_t i = 0; i < t.size(); ++i) {
            t[i] = unknown[i] >= 0 ? x[unknown[i]] : net.nodes()[i].fixed_temperature->value();
        }
        return t;
    }

    double total_load(double time) const {
        double q = 0.0;
        for (const auto& l : net.loads()) {
            if (unknown[l.node] >= 0) q += l.power(units::duration{time * units::seconds}).value();
        }
        return q;
    }

    /// Net heat into the boundary nodes at temperatures `t`.
    double into_boundaries(const std::vector<double>& t) const {
        double q = 0.0;
        auto add = [&](std::size_t a, std::size_t b, double flow_a_to_b) {
            if (unknown[b] < 0) q += flow_a_to_b;
            if (unknown[a] < 0) q -= flow_a_to_b;
        };
        for (const auto& c : net.conductors())
            add(c.from, c.to, c.conductance.value() * (t[c.from] - t[c.to]));
        for (const auto& r : net.radiation()) {
            add(r.from, r.to,
                constants::stefan_boltzmann.value() * r.exchange_factor.value() *
                    (std::pow(t[r.from], 4) - std::pow(t[r.to], 4)));
        }
        return q;
    }

    /// Residual R (heat into each free node, W) and, if `jacobian`, dR/dT.
    Eigen::VectorXd residual(const Eigen::VectorXd& x, double time,
                             Eigen::SparseMatrix<double>* jacobian) const {
        const auto t = all(x);
        Eigen::VectorXd r = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(size()));
        std::vector<Eigen::Triplet<double>> triplets;
        auto link = [&](std::size_t a, std::size_t b, double flow_b_to_a, double d_da,
                        double d_db) {
            // flow_b_to_a enters a and leaves b; d_da = d(flow)/dT_a, d_db = d(flow)/dT_b.
            const int ia = unknown[a], ib = unknown[b];
            if (ia >= 0) r[ia] += flow_b_to_a;
            if (ib >= 0) r[ib] -= flow_b_to_a;
            if (!jacobian) return;
            if (ia >= 0) {
                triplets.emplace_back(ia, ia, d_da);
                if (ib >= 0) triplets.emplace_back(ia, ib, d_db);
            }
            if (ib >= 0) {
                triplets.emplace_back(ib, ib, -d_db);
                if (ia >= 0) triplets.emplace_back(ib, ia, -d_da);
            }
        };
        for (const auto& c : net.conductors()) {
            const double g = c.conductance.value();
            link(c.from, c.to, g * (t[c.to] - t[c.from]), -g, g);
        }
        for (const auto& rad : net.radiation()) {
            const double sx = constants::stefan_boltzmann.value() * rad.exchange_factor.value();
            const double ta = t[rad.from], tb = t[rad.to];
            link(rad.from, rad.to, sx * (tb * tb * tb * tb - ta * ta * ta * ta),
                 -4.0 * sx * ta * ta * ta, 4.0 * sx * tb * tb * tb);
        }
        for (const auto& l : net.loads()) {
            if (unknown[l.node] >= 0)
                r[unknown[l.node]] += l.power(units::duration{time * units::seconds}).value();
        }
        if (jacobian) {
            jacobian->resize(r.size(), r.size());
            jacobian->setFromTriplets(triplets.begin(), triplets.end());
        }
        return r;
    }
};

/// Newton on F(x) = alpha C x - R(x, time) - rhs = 0 (alpha = 0 for steady state), with
/// step limiting and backtracking. Returns iterations, or -1 when it fails.
inline int newton(const system& s, Eigen::VectorXd& x, double time, double alpha,
                  const Eigen::VectorXd& rhs, double tolerance, int max_iterations) {
    using sparse = Eigen::SparseMatrix<double>;
    sparse jr;
    Eigen::SparseLU<sparse> lu;
    Eigen::ConjugateGradient<sparse, Eigen::Lower | Eigen::Upper> cg;
    Eigen::BiCGSTAB<sparse> bicgstab;
    Eigen::BiCGSTAB<sparse, Eigen::IncompleteLUT<double>> bicgstab_ilu;
    // Each iterative solver gets a bounded number of iterations before the next, more
    // robust one takes over (an ill-conditioned network would otherwise run 2N of them).
    cg.setTolerance(1e-13);
    cg.setMaxIterations(2000);
    bicgstab.setTolerance(1e-13);
    bicgstab.setMaxIterations(2000);
    bicgstab_ilu.setTolerance(1e-13);
    int first_solver = s.symmetric_jacobian ? 0 : 1; // 0 CG, 1 BiCGSTAB, 2 with ILUT, 3 LU
    bool analysed = false;
    auto f = [&](const Eigen::VectorXd& y, Eigen::SparseMatrix<double>* j) {
        Eigen::VectorXd r = -s.residual(y, time, j) - rhs;
        for (Eigen::Index i = 0; i < y.size(); ++i)
            r[i] += alpha * s.capacity[static_cast<std::size_t>(i)] * y[i];
        return r;
    };
    Eigen::VectorXd fx = f(x, &jr);
    for (int it = 0; it <= max_iterations; ++it) {
        if (fx.lpNorm<1>() <= tolerance) return it;
        if (it == max_iterations) break;
        Eigen::SparseMatrix<double> j = -jr;
        if (alpha != 0.0) {
            for (Eigen::Index i = 0; i < x.size(); ++i)
                j.coeffRef(i, i) += alpha * s.capacity[static_cast<std::size_t>(i)];
        }
        j.makeCompressed();
        // Large systems: Krylov solvers with a Jacobi preconditioner (the Jacobian is
        // diagonally dominant), which scale close to linearly; an incomplete LU when they
        // do not converge; small systems, or when nothing else converges: sparse LU.
        Eigen::VectorXd dx;
        bool solved = false;
        // A solver that failed once is not tried again in this solve (the next Newton
        // matrices are alike), so an ill-conditioned network pays for the fallbacks once.
        auto attempt = [&](auto& solver, int rank) {
            if (solved || rank < first_solver) return;
            solver.compute(j);
            if (solver.info() == Eigen::Success) {
                dx = solver.solve(-fx);
                solved = solver.info() == Eigen::Success && dx.allFinite();
            }
            if (!solved) first_solver = rank + 1;
        };
        if (j.rows() > 2000) {
            attempt(cg, 0);
            attempt(bicgstab, 1);
            attempt(bicgstab_ilu, 2);
        }
        if (!solved) {
            if (!analysed) {
                lu.analyzePattern(j);
                analysed = true;
            }
            lu.factorize(j);
            if (lu.info() != Eigen::Success) return -1;
            dx = lu.solve(-fx);
            if (lu.info() != Eigen::Success || !dx.allFinite()) return -1;
        }
        double lambda = 1.0;
        for (Eigen::Index i = 0; i < x.size(); ++i) {
            const double limit = std::max(0.5 * x[i], 100.0);
            if (std::abs(dx[i]) > limit) lambda = std::min(lambda, limit / std::abs(dx[i]));
        }
        const double norm0 = fx.norm();
        Eigen::VectorXd trial;
        Eigen::VectorXd ftrial;
        while (true) {
            trial = x + lambda * dx;
            if ((trial.array() > 0.0).all()) {
                ftrial = f(trial, nullptr);
                if (ftrial.norm() <= (1.0 - 1e-4 * lambda) * norm0) break;
            }
            lambda *= 0.5;
            if (lambda < 1e-10) return -1;
        }
        x = trial;
        fx = f(x, &jr);
    }
    return -1;
}

inline std::vector<units::temperature> to_temperatures(const std::vector<double>& t) {
    std::vector<units::temperature> out;
    out.reserve(t.size());
    for (double k : t) out.emplace_back(k * units::kelvin);
    return out;
}

} // namespace network_detail

/// The steady state of `net` (loads at time 0), from the nodes' initial temperatures.
/// Throws `invalid_input` for a node with no path to a boundary and `no_convergence`
/// when Newton fails; never returns NaN temperatures.
inline network_solution steady_state(const thermal_network& net, int max_iterations = 200) {
    const network_detail::system s{net};
    Eigen::VectorXd x(static_cast<Eigen::Index>(s.size()));
    for (std::size_t k = 0; k < s.size(); ++k)
        x[static_cast<Eigen::Index>(k)] = net.nodes()[s.node_of[k]].initial_temperature.value();
    double scale = 0.0;
    for (const auto& l : net.loads())
        scale += std::abs(l.power(units::duration{0.0 * units::seconds}).value());
    const double tolerance = 1e-10 * std::max(scale, 1.0);
    const int iterations = network_detail::newton(s, x, 0.0, 0.0, Eigen::VectorXd::Zero(x.size()),
                                                  tolerance, max_iterations);
    if (iterations < 0) {
        throw no_convergence{fmt::format(
            "steady state: Newton-Raphson did not converge in {} iterations", max_iterations)};
    }
    const auto t = s.all(x);
    const double load = s.total_load(0.0);
    return {network_detail::to_temperatures(t), iterations,
            units::power{std::abs(load - s.into_boundaries(t)) * units::watts},
            units::power{load * units::watts}};
}

/// Integrates `net` from its initial temperatures over `options.duration`, recording
/// every step or at each `output_interval`.
///
/// Fixed steps of `options.step` (halved, down to 1/1024, only when Newton fails), or,
/// with `options.tolerance`, steps chosen by local error control: each step is taken
/// with backward Euler and with the second-order formula (BDF2, or the trapezoidal rule
/// on the first step), and their largest nodal difference, which is backward Euler's
/// local error to leading order (h^2/2 T''), must not exceed the tolerance; the step then
/// grows or shrinks by 0.9 (tol/err)^(1/2), within [0.2, 2] per step (Hairer, Norsett &
/// Wanner, Solving ODEs I, sec. II.4; Hairer & Wanner II, sec. III.5 for variable-step
/// BDF2, stable for step ratios below 1 + sqrt 2). `options.step` is then the first
/// step. The solution kept is that of `options.method`; BDF2, which needs a previous
/// step, starts with a trapezoidal step (second order too).
inline transient_history transient(const thermal_network& net, const transient_options& options) {
    spacedc::detail::require_positive("duration", options.duration);
    spacedc::detail::require_positive("step", options.step);
    if (options.output_interval)
        spacedc::detail::require_positive("output interval", *options.output_interval);
    if (options.tolerance) spacedc::detail::require_positive("tolerance", *options.tolerance);
    if (options.max_steps < 1 || options.max_history_values < 1) {
        throw invalid_input{"max_steps", fmt::format("{}", options.max_steps), ">= 1"};
    }
    // The work and the memory a run will need, bounded before anything is allocated.
    const double planned = std::ceil(options.duration / options.step * (1.0 - 1e-12));
    if (!options.tolerance && planned > static_cast<double>(options.max_steps)) {
        throw invalid_input{
            "duration / step",
            fmt::format("{} / {} = {:.4g} steps", options.duration, options.step, planned),
            fmt::format("at most {} steps (max_steps)", options.max_steps), "too many steps"};
    }
    const double records =
        1.0 + (options.output_interval
                   ? std::ceil(options.duration / *options.output_interval * (1.0 - 1e-12))
                   : std::min(planned, static_cast<double>(options.max_steps)));
    const double values = records * static_cast<double>(net.nodes().size());
    if (values > static_cast<double>(options.max_history_values)) {
        throw invalid_input{
            options.output_interval ? "duration / output interval" : "duration / step",
            fmt::format("{:.4g} records of {} nodes", records, net.nodes().size()),
            fmt::format("at most {} temperatures in the history (max_history_values)",
                        options.max_history_values),
            "history too large"};
    }
    const network_detail::system s{net};
    Eigen::VectorXd x(static_cast<Eigen::Index>(s.size()));
    for (std::size_t k = 0; k < s.size(); ++k)
        x[static_cast<Eigen::Index>(k)] = net.nodes()[s.node_of[k]].initial_temperature.value();
    const Eigen::VectorXd x0 = x;
    Eigen::VectorXd previous = x;
    double previous_step = 0.0;

    transient_history h{};
    h.times.push_back(units::duration{0.0 * units::seconds});
    h.temperatures.push_back(network_detail::to_temperatures(s.all(x)));
    const double end = options.duration.value();
    double t = 0.0, supplied = 0.0, rejected = 0.0;
    Eigen::VectorXd cap(x.size());
    for (Eigen::Index i = 0; i < x.size(); ++i) cap[i] = s.capacity[static_cast<std::size_t>(i)];

    enum class formula { backward_euler, bdf2, trapezoidal };
    // One implicit step of `step` from x by `f`; false when Newton fails.
    auto take = [&](formula f, double step, Eigen::VectorXd& next) {
        double alpha = 1.0 / step;
        Eigen::VectorXd rhs = (cap.array() * x.array()).matrix() / step;
        if (f == formula::bdf2) {
            const double w = step / previous_step;
            alpha = (1.0 + 2.0 * w) / (1.0 + w) / step;
            rhs = (cap.array() * ((1.0 + w) * x.array() - w * w / (1.0 + w) * previous.array()))
                      .matrix() /
                  step;
        } else if (f == formula::trapezoidal) {
            alpha = 2.0 / step;
            rhs = 2.0 * rhs + s.residual(x, t, nullptr);
        }
        next = x;
        const double scale =
            std::abs(s.total_load(t + step)) + (cap.array() * x.array().abs()).sum() / step;
        return network_detail::newton(s, next, t + step, alpha, rhs, 1e-11 * std::max(scale, 1.0),
                                      50) >= 0;
    };

    const double tolerance = options.tolerance ? options.tolerance->value() : 0.0;
    double out_before = s.into_boundaries(s.all(x));
    double step = options.step.value();
    int failures = 0;
    while (t < end * (1.0 - 1e-12)) {
        if (h.steps + h.rejected_steps >= options.max_steps) {
            throw invalid_input{"max_steps", fmt::format("{}", options.max_steps),
                                "enough steps for the run: raise it or loosen the tolerance",
                                fmt::format("{} steps reached t = {:.6g} s of {:.6g} s",
                                            options.max_steps, t, end)};
        }
        step = std::min(step, end - t);
        const formula second = previous_step > 0.0 ? formula::bdf2 : formula::trapezoidal;
        const formula chosen =
            options.method == integrator::backward_euler ? formula::backward_euler : second;
        Eigen::VectorXd next, other;
        bool ok = take(chosen, step, next);
        double grow = 1.0;
        if (ok && options.tolerance) {
            ok = take(chosen == formula::backward_euler ? second : formula::backward_euler, step,
                      other);
            if (ok) {
                const double error = (next - other).lpNorm<Eigen::Infinity>();
                grow = error > 0.0 ? std::clamp(0.9 * std::sqrt(tolerance / error), 0.2, 2.0) : 2.0;
                if (error > tolerance) {
                    ++h.rejected_steps;
                    if (step * grow < 1e-9 * end) {
                        throw no_convergence{fmt::format(
                            "transient: the step fell below {} s at t = {} s to meet a {} K "
                            "tolerance",
                            step * grow, t, tolerance)};
                    }
                    step *= grow;
                    continue;
                }
            }
        }
        if (!ok) {
            if (++failures > 10) {
                throw no_convergence{fmt::format(
                    "transient: Newton failed at t = {} s even with the step cut to {} s", t,
                    step)};
            }
            step *= 0.5;
            continue;
        }
        failures = 0;
        const auto temps = s.all(next);
        supplied += s.total_load(t + step) * step;
        // Heat out: as the formula applied it, at the step's end for backward Euler (so its
        // discrete balance closes exactly); by the trapezoidal rule for the second-order
        // formulas.
        const double out = s.into_boundaries(temps);
        rejected += (chosen == formula::backward_euler ? out : 0.5 * (out + out_before)) * step;
        out_before = out;
        previous = x;
        x = next;
        previous_step = step;
        const double before = t;
        t += step;
        ++h.steps;
        bool record = !options.output_interval || t >= end * (1.0 - 1e-12);
        if (options.output_interval) {
            const double every = options.output_interval->value();
            record = record || std::floor(t / every + 1e-9) > std::floor(before / every + 1e-9);
        }
        if (record) {
            if (static_cast<double>(h.times.size() + 1) * static_cast<double>(net.nodes().size()) >
                static_cast<double>(options.max_history_values)) {
                throw invalid_input{"max_history_values",
                                    fmt::format("{}", options.max_history_values),
                                    "room for the history: raise it or set an output interval",
                                    fmt::format("the history is full at t = {:.6g} s", t)};
            }
            h.times.push_back(units::duration{t * units::seconds});
            h.temperatures.push_back(network_detail::to_temperatures(temps));
        }
        // Fixed steps return to the requested step after a Newton failure cut it; with
        // error control the step grows at most twofold (BDF2 is zero-stable below 2.414).
        step = options.tolerance ? step * grow : options.step.value();
    }
    h.supplied = units::energy{supplied * units::joules};
    h.rejected = units::energy{rejected * units::joules};
    h.stored = units::energy{(cap.array() * (x - x0).array()).sum() * units::joules};
    return h;
}

} // namespace spacedc::thermal
