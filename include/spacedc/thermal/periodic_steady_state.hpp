#pragma once
/// \file
/// The periodic steady state of a thermal network whose loads repeat with a period
/// (an orbit): the cyclic solution T(t + P) = T(t) itself, not a transient from an
/// arbitrary start that has not yet forgotten it.
///
/// One period is integrated with fixed steps of the one-step, L-stable, second-order
/// TR-BDF2 formula (a trapezoidal stage to t + gamma h, then BDF2 through t, t + gamma h
/// and t + h, gamma = 2 - sqrt 2; Bank et al., IEEE Trans. Electron Devices 32 (1985)
/// 1992; Hosea & Shampine, Appl. Numer. Math. 20 (1996) 21), each stage by Newton with
/// the dense Jacobian. Steps are laid between `breakpoints` (the instants loads jump,
/// such as eclipse entry and exit), so no step straddles a jump.
///
/// Shooting: the period map Phi(T_0) = T(P) is solved for Phi(T_0) = T_0 by Newton,
/// (M - I) dT_0 = -(Phi(T_0) - T_0), with the monodromy matrix M = dT(P)/dT_0 carried
/// along the steps by the formula's own sensitivities (Aprille & Trick, Proc. IEEE 60
/// (1972) 108: shooting for the periodic steady state of circuits). Networks of more
/// than `max_shooting_unknowns` free nodes (M is dense) iterate successive periods
/// instead, T_0 <- Phi(T_0), which converge as exp(-P / tau) for the slowest time
/// constant tau.
///
/// Energy over the period is integrated with the formula's own weights: TR-BDF2 gives
/// C (T_{n+1} - T_n) = h [(R_n + R_gamma) / (2 (2 - gamma)) + (1 - gamma) / (2 - gamma)
/// R_{n+1}], so supplied - rejected - stored closes to the Newton tolerance; on the
/// periodic solution stored is zero to the shooting tolerance.

#include <spacedc/detail/require.hpp>
#include <spacedc/errors.hpp>
#include <spacedc/orbit/circular_orbit.hpp>
#include <spacedc/thermal/load_schedule.hpp>
#include <spacedc/thermal/network.hpp>
#include <spacedc/thermal/network_solver.hpp>
#include <spacedc/units.hpp>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace spacedc::thermal {

struct periodic_options {
    units::duration period;
    /// Fixed steps per period (at least one between each pair of breakpoints).
    int steps = 240;
    /// Instants in [0, period) at which loads jump; every one becomes a step boundary.
    std::vector<units::duration> breakpoints{};
    /// Converged when no node's temperature after one period differs from its start by
    /// more than this.
    units::temperature_difference tolerance{1e-8 * units::kelvin_difference};
    int max_iterations = 50;
    /// Above this many free nodes, successive periods instead of Newton shooting.
    int max_shooting_unknowns = 400;
    /// Successive periods allowed when not shooting.
    int max_periods = 2000;
};

struct periodic_solution {
    std::vector<units::duration> times; ///< the step boundaries, 0 to the period
    std::vector<std::vector<units::temperature>> temperatures; ///< at each time, node order
    std::vector<units::temperature> minimum;                   ///< per node over the period
    std::vector<units::temperature> maximum;                   ///< per node over the period
    int iterations = 0;                     ///< Newton iterations (or periods) to converge
    units::temperature_difference mismatch; ///< max |T(P) - T(0)| of the solution returned
    units::energy supplied;                 ///< by the loads over one period
    units::energy rejected;                 ///< into the boundary nodes over one period
    units::energy stored;                   ///< sum C_i (T_i(P) - T_i(0))
};

namespace periodic_detail {

/// The network as dense raw numbers over its free nodes.
class dense_network {
  public:
    explicit dense_network(const thermal_network& net)
        : net_{net}
        , sys_{net} {
        const auto n = static_cast<Eigen::Index>(sys_.size());
        capacity_ = Eigen::VectorXd::Zero(n);
        for (Eigen::Index i = 0; i < n; ++i)
            capacity_[i] = sys_.capacity[static_cast<std::size_t>(i)];
        for (const auto& c : net.conductors())
            conductors_.push_back({end(c.from), end(c.to), c.conductance.value()});
        for (const auto& r : net.radiation()) {
            radiation_.push_back({end(r.from), end(r.to),
                                  constants::stefan_boltzmann.value() * r.exchange_factor.value()});
        }
        for (std::size_t k = 0; k < net.loads().size(); ++k) {
            if (sys_.unknown[net.loads()[k].node] >= 0) loads_.push_back(k);
        }
    }

    Eigen::Index size() const { return capacity_.size(); }
    const Eigen::VectorXd& capacity() const { return capacity_; }
    const network_detail::system& system() const { return sys_; }

    /// The loads on the free nodes at time t (W), into `q`; returns their sum.
    double loads_at(double t, Eigen::VectorXd& q) const {
        q.setZero(size());
        double total = 0.0;
        const units::duration time{t * units::seconds};
        for (std::size_t k : loads_) {
            const auto& l = net_.loads()[k];
            const double p = l.power(time).value();
            if (!std::isfinite(p)) {
                throw invalid_input{"load on " + net_.nodes()[l.node].name,
                                    fmt::format("{} W at t = {} s", p, t), "a finite power"};
            }
            q[sys_.unknown[l.node]] += p;
            total += p;
        }
        return total;
    }

    /// R(x) = links + q, the net heat into each free node under loads `q` (summing to
    /// `load`), and its Jacobian when asked; also the heat into the boundary nodes (for
    /// the energy account).
    void evaluate(const Eigen::VectorXd& x, const Eigen::VectorXd& q, Eigen::VectorXd& r,
                  Eigen::MatrixXd* j, double& out) const {
        r = q;
        if (j) j->setZero(size(), size());
        out = 0.0;
        auto temperature = [&](const link_end& e) {
            return e.unknown >= 0 ? x[e.unknown] : e.fixed;
        };
        auto flow = [&](const link_end& a, const link_end& b, double heat, double dqa, double dqb) {
            // heat: from a to b; dqa, dqb its derivatives by T_a and T_b.
            if (a.unknown >= 0) {
                r[a.unknown] -= heat;
                if (j) {
                    (*j)(a.unknown, a.unknown) -= dqa;
                    if (b.unknown >= 0) (*j)(a.unknown, b.unknown) -= dqb;
                }
            } else {
                out -= heat;
            }
            if (b.unknown >= 0) {
                r[b.unknown] += heat;
                if (j) {
                    (*j)(b.unknown, b.unknown) += dqb;
                    if (a.unknown >= 0) (*j)(b.unknown, a.unknown) += dqa;
                }
            } else {
                out += heat;
            }
        };
        for (const auto& c : conductors_) {
            const double ta = temperature(c.a), tb = temperature(c.b);
            flow(c.a, c.b, c.coefficient * (ta - tb), c.coefficient, -c.coefficient);
        }
        for (const auto& l : radiation_) {
            const double ta = temperature(l.a), tb = temperature(l.b);
            const double ta3 = ta * ta * ta, tb3 = tb * tb * tb;
            flow(l.a, l.b, l.coefficient * (ta3 * ta - tb3 * tb), 4.0 * l.coefficient * ta3,
                 -4.0 * l.coefficient * tb3);
        }
    }

  private:
    struct link_end {
        int unknown;  ///< free-node index, or -1
        double fixed; ///< the temperature of a fixed node
    };
    struct link {
        link_end a, b;
        double coefficient; ///< G (W/K) or sigma X (W/K^4)
    };

    link_end end(std::size_t node) const {
        const int u = sys_.unknown[node];
        return {u, u >= 0 ? 0.0 : net_.nodes()[node].fixed_temperature->value()};
    }

    const thermal_network& net_;
    network_detail::system sys_;
    Eigen::VectorXd capacity_;
    std::vector<link> conductors_;
    std::vector<link> radiation_;
    std::vector<std::size_t> loads_;
};

inline constexpr double gamma_tr = 2.0 - 1.4142135623730951; // 2 - sqrt 2

/// The step boundaries of a period, and which of them are breakpoints (or its ends).
struct step_plan {
    std::vector<double> grid;
    std::vector<char> at_cut;
};

/// Integrates one period from x0 (with the monodromy matrix when `monodromy`), filling
/// the trajectory and the energy account. The loads depend on time only, so they are
/// evaluated once per stage instant and kept for every Newton iteration and every
/// period the shooting integrates (up to 5 x 10^6 values; beyond, at each use).
class period_integrator {
  public:
    period_integrator(const dense_network& net, step_plan plan)
        : net_{net}
        , grid_{std::move(plan.grid)} {
        const std::size_t instants = 3 * (grid_.size() - 1);
        if (static_cast<double>(instants) * static_cast<double>(net_.size()) <= 5e6) {
            table_.resize(net_.size(), static_cast<Eigen::Index>(instants));
            totals_.resize(instants);
            Eigen::VectorXd q;
            for (std::size_t k = 0; k + 1 < grid_.size(); ++k) {
                for (int stage = 0; stage < 3; ++stage) {
                    const std::size_t c = 3 * k + static_cast<std::size_t>(stage);
                    if (stage == 0 && k > 0 && !plan.at_cut[k]) {
                        // Loads are continuous away from breakpoints: a step starts with
                        // the loads its predecessor ended on.
                        totals_[c] = totals_[c - 1];
                        table_.col(static_cast<Eigen::Index>(c)) =
                            table_.col(static_cast<Eigen::Index>(c - 1));
                        continue;
                    }
                    totals_[c] = net_.loads_at(instant(k, stage), q);
                    table_.col(static_cast<Eigen::Index>(c)) = q;
                }
            }
        }
    }

    const std::vector<double>& grid() const { return grid_; }

    /// Returns x(P); `trajectory` (if given) gets x at every grid point.
    Eigen::VectorXd run(const Eigen::VectorXd& x0, Eigen::MatrixXd* monodromy,
                        std::vector<Eigen::VectorXd>* trajectory, double& supplied,
                        double& rejected) {
        const Eigen::Index n = net_.size();
        const Eigen::VectorXd& c = net_.capacity();
        Eigen::VectorXd x = x0;
        double l0 = 0.0, o0 = 0.0, lg = 0.0, og = 0.0, l1 = 0.0, o1 = 0.0;
        if (monodromy) monodromy->setIdentity(n, n);
        if (trajectory) {
            trajectory->clear();
            trajectory->push_back(x);
        }
        supplied = rejected = 0.0;
        const double a = 1.0 / (gamma_tr * (2.0 - gamma_tr));
        const double b = (1.0 - gamma_tr) * (1.0 - gamma_tr) / (gamma_tr * (2.0 - gamma_tr));
        for (std::size_t k = 0; k + 1 < grid_.size(); ++k) {
            const double h = grid_[k + 1] - grid_[k];
            // Loads are taken inside the step at its ends (t + 1e-9 h, t + h - 1e-9 h), so
            // a load that jumps at a step boundary (a breakpoint) is seen on its own side.
            l0 = loads(k, 0);
            net_.evaluate(x, q_, r0_, monodromy ? &j0_ : nullptr, o0);
            // Stage 1, trapezoidal to t + gamma h: C (y - x) - (gamma h / 2)(R(x) + R(y)) = 0.
            const double k1 = 0.5 * gamma_tr * h;
            rhs_ = (c.array() * x.array()).matrix() + k1 * r0_;
            y_ = x;
            lg = loads(k, 1);
            solve_stage(0, y_, k1, rhs_, rg_, og);
            // Stage 2, BDF2: C (z - a y + b x) - k2 R(z) = 0.
            const double k2 = (1.0 - gamma_tr) / (2.0 - gamma_tr) * h;
            rhs_ = (c.array() * (a * y_.array() - b * x.array())).matrix();
            z_ = y_ + (y_ - x) * ((1.0 - gamma_tr) / gamma_tr);
            l1 = loads(k, 2);
            solve_stage(1, z_, k2, rhs_, r1_, o1);
            const double w0 = 0.5 / (2.0 - gamma_tr), w1 = (1.0 - gamma_tr) / (2.0 - gamma_tr);
            supplied += h * (w0 * (l0 + lg) + w1 * l1);
            rejected += h * (w0 * (o0 + og) + w1 * o1);
            if (monodromy) {
                // dy: (C - k1 J_g) dy = (C + k1 J_0) dx;  dz: (C - k2 J_1) dz = C (a dy - b dx).
                // With the stages' iteration matrices (frozen Jacobians): M is then the
                // period map's derivative to the accuracy of those, enough for the
                // shooting, which converges on the mismatch itself.
                b_.noalias() = k1 * j0_ * (*monodromy);
                b_ += c.asDiagonal() * (*monodromy);
                dy_ = frozen_[0].lu.solve(b_);
                b_ = c.asDiagonal() * (a * dy_ - b * (*monodromy));
                *monodromy = frozen_[1].lu.solve(b_);
            }
            x = z_;
            if (trajectory) trajectory->push_back(x);
        }
        return x;
    }

  private:
    /// The instant of a step's stage: its start (just inside), t + gamma h, its end (just
    /// inside).
    double instant(std::size_t k, int stage) const {
        const double t = grid_[k], h = grid_[k + 1] - grid_[k];
        return stage == 0 ? t + 1e-9 * h : stage == 1 ? t + gamma_tr * h : t + h - 1e-9 * h;
    }

    /// Sets q_ to the loads at step k's `stage`; returns their sum.
    double loads(std::size_t k, int stage) {
        const std::size_t c = 3 * k + static_cast<std::size_t>(stage);
        if (table_.size() > 0) {
            q_ = table_.col(static_cast<Eigen::Index>(c));
            return totals_[c];
        }
        return net_.loads_at(instant(k, stage), q_);
    }

    /// Newton on C v - k R(v) - rhs = 0 under the loads q_, with the iteration matrix
    /// C - k J frozen between steps (simplified Newton, as stiff integrators do; Hairer &
    /// Wanner II, sec. IV.8): refactored only for a new k (another segment) or when an
    /// iteration does not halve the residual. Leaves R and the heat out at the
    /// solution.
    void solve_stage(int stage, Eigen::VectorXd& v, double k, const Eigen::VectorXd& rhs,
                     Eigen::VectorXd& r, double& out) {
        const Eigen::VectorXd& c = net_.capacity();
        frozen& fz = frozen_[stage];
        const double scale = (c.array() * v.array().abs()).sum() + rhs.lpNorm<1>() + 1.0;
        double previous = std::numeric_limits<double>::infinity();
        int refactored = 0;
        for (int it = 0; it < 60; ++it) {
            net_.evaluate(v, q_, r, nullptr, out);
            f_ = (c.array() * v.array()).matrix() - k * r - rhs;
            const double norm = f_.lpNorm<1>();
            if (norm <= 1e-12 * scale) return;
            if (!fz.valid || std::abs(fz.k - k) > 1e-6 * k || norm > 0.5 * previous) {
                if (++refactored > 8) break;
                net_.evaluate(v, q_, r, &fz.jacobian, out);
                m_ = -k * fz.jacobian;
                m_.diagonal() += c;
                fz.lu.compute(m_);
                fz.k = k;
                fz.valid = true;
            }
            previous = norm;
            dv_ = fz.lu.solve(-f_);
            if (!dv_.allFinite()) break;
            // Limit each step to half a node's temperature (as the steady-state Newton).
            double lambda = 1.0;
            for (Eigen::Index i = 0; i < v.size(); ++i) {
                const double limit = std::max(0.5 * v[i], 100.0);
                if (std::abs(dv_[i]) > limit) lambda = std::min(lambda, limit / std::abs(dv_[i]));
            }
            v += lambda * dv_;
            if (lambda == 1.0 &&
                dv_.lpNorm<Eigen::Infinity>() <= 1e-12 * (1.0 + v.lpNorm<Eigen::Infinity>())) {
                net_.evaluate(v, q_, r, nullptr, out);
                return;
            }
        }
        throw no_convergence{"periodic steady state: Newton failed in a step"};
    }

    /// An iteration matrix kept between steps.
    struct frozen {
        Eigen::MatrixXd jacobian;
        Eigen::PartialPivLU<Eigen::MatrixXd> lu;
        double k = 0.0;
        bool valid = false;
    };

    const dense_network& net_;
    std::vector<double> grid_;
    Eigen::MatrixXd table_;      ///< loads per free node (rows) at each stage instant
    std::vector<double> totals_; ///< their sums
    // Work space, kept between steps so a period allocates nothing after its first step.
    Eigen::VectorXd q_, r0_, rg_, r1_, rhs_, y_, z_, f_, dv_;
    Eigen::MatrixXd j0_, m_, b_, dy_;
    frozen frozen_[2];
};

/// Step boundaries: 0, the breakpoints, the period, and `steps` steps shared among the
/// segments by length (at least one each).
inline step_plan step_grid(const periodic_options& o) {
    const double p = o.period.value();
    std::vector<double> cuts{0.0};
    for (const auto& b : o.breakpoints) {
        if (!(b.value() >= 0.0 && b.value() < p)) {
            throw invalid_input{"breakpoint", fmt::format("{}", b),
                                fmt::format("[0 s, {} s) (within the period)", p)};
        }
        cuts.push_back(b.value());
    }
    cuts.push_back(p);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end(),
                           [p](double u, double v) { return v - u <= 1e-9 * p; }),
               cuts.end());
    if (cuts.back() < p) cuts.back() = p;
    step_plan plan{.grid = {0.0}, .at_cut = {1}};
    for (std::size_t s = 0; s + 1 < cuts.size(); ++s) {
        const double length = cuts[s + 1] - cuts[s];
        const int m = std::max(1, static_cast<int>(std::lround(o.steps * length / p)));
        for (int i = 1; i <= m; ++i) {
            plan.grid.push_back(i == m ? cuts[s + 1] : cuts[s] + length * i / m);
            plan.at_cut.push_back(i == m ? 1 : 0);
        }
    }
    return plan;
}

} // namespace periodic_detail

/// The instants in [0, `period`) at which the network's loads jump or bend: the knots of
/// tabulated schedules (wrapped into the period) and the shadow entry and exit of loads
/// that follow an orbit, sorted; to pass as `periodic_options::breakpoints`. Throws
/// `invalid_input` for a tabulated schedule that does not repeat with `period`, or an
/// orbit whose period is not `period` (to 1e-9): such loads have no cycle of that length.
/// Loads given as plain functions are taken as they are (they must repeat).
inline std::vector<units::duration> load_breakpoints(const thermal_network& net,
                                                     units::duration period) {
    spacedc::detail::require_positive("period", period);
    const double p = period.value();
    std::vector<units::duration> out;
    auto add = [&](double t) {
        double x = std::fmod(t, p);
        if (x < 0.0) x += p;
        if (x >= p * (1.0 - 1e-12)) x = 0.0;
        out.emplace_back(x * units::seconds);
    };
    auto same_orbit = [&](const orbit_pass& pass, const std::string& node) {
        const double t = orbit::orbital_period(pass.altitude).value();
        if (!(std::abs(t - p) <= 1e-9 * p)) {
            throw invalid_input{"load on " + node, fmt::format("an orbit of period {:.6g} s", t),
                                fmt::format("the cycle's period, {:.6g} s", p),
                                "loads must repeat with the cycle"};
        }
        if (const auto shadow = shadow_times(pass)) {
            add(shadow->entry.value());
            add(shadow->exit.value());
        }
    };
    for (const auto& l : net.loads()) {
        const std::string& node = net.nodes()[l.node].name;
        if (const auto* s = std::get_if<tabulated_schedule>(&l.kind)) {
            if (!s->period || !(std::abs(s->period->value() - p) <= 1e-9 * p)) {
                throw invalid_input{
                    "load on " + node,
                    s->period ? fmt::format("a schedule of period {:.6g} s", s->period->value())
                              : std::string{"a schedule with no period"},
                    fmt::format("a schedule of period {:.6g} s (the cycle's)", p),
                    "loads must repeat with the cycle"};
            }
            for (const auto& t : s->times) add(t.value());
        } else if (const auto* sun = std::get_if<sunlit_schedule>(&l.kind)) {
            same_orbit(sun->pass, node);
        } else if (const auto* e = std::get_if<environment_schedule>(&l.kind)) {
            same_orbit(e->pass, node);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

namespace periodic_detail {

/// The factored I - M of a period map, kept between solves of similar cycles (the days of
/// a year) so a warm start needs no new monodromy matrix.
struct period_map {
    Eigen::PartialPivLU<Eigen::MatrixXd> lu;
    Eigen::Index size = -1;
};

inline void validate(const periodic_options& options) {
    spacedc::detail::require_positive("period", options.period);
    spacedc::detail::require_positive("tolerance", options.tolerance);
    spacedc::detail::require_in_closed_range("steps", options.steps, 1, 1e7);
    spacedc::detail::require_in_closed_range("max_iterations", options.max_iterations, 1, 1e6);
    if (options.breakpoints.size() > 1'000'000) {
        throw invalid_input{"breakpoints", fmt::format("{}", options.breakpoints.size()),
                            "at most 10^6"};
    }
}

/// The shooting (or successive periods), reusing `map` when it fits.
inline periodic_solution solve(const thermal_network& net, const periodic_options& options,
                               period_map& map) {
    validate(options);
    const dense_network dense{net};
    period_integrator integrate{dense, step_grid(options)};
    const Eigen::Index n = dense.size();
    const auto& sys = dense.system();
    Eigen::VectorXd x0(n);
    for (Eigen::Index k = 0; k < n; ++k)
        x0[k] = net.nodes()[sys.node_of[static_cast<std::size_t>(k)]].initial_temperature.value();

    const bool shooting = n <= options.max_shooting_unknowns;
    const int limit = shooting ? options.max_iterations : options.max_periods;
    const double tolerance = options.tolerance.value();
    std::vector<Eigen::VectorXd> trajectory;
    Eigen::MatrixXd m;
    double supplied = 0.0, rejected = 0.0;
    double previous = std::numeric_limits<double>::infinity();
    bool fresh = false; // the map was computed in this solve
    periodic_solution out{};
    for (int it = 0;; ++it) {
        // A new monodromy matrix when there is none, or when an old one (another day's)
        // stopped contracting the mismatch tenfold per iteration; otherwise the map is
        // reused (a chord method on the period map).
        const bool need_map = shooting && map.size != n;
        const Eigen::VectorXd x1 =
            integrate.run(x0, need_map ? &m : nullptr, &trajectory, supplied, rejected);
        const Eigen::VectorXd g = x1 - x0;
        const double mismatch = g.lpNorm<Eigen::Infinity>();
        if (mismatch <= tolerance) {
            out.iterations = it;
            out.mismatch = units::temperature_difference{mismatch * units::kelvin_difference};
            out.stored =
                units::energy{(dense.capacity().array() * g.array()).sum() * units::joules};
            break;
        }
        if (it >= limit) {
            throw no_convergence{fmt::format(
                "periodic steady state: {} {} left the start and the end of the period {:.3g} K "
                "apart (tolerance {:.3g} K)",
                it, shooting ? "Newton iterations" : "periods", mismatch, tolerance)};
        }
        if (shooting) {
            if (need_map) {
                m.diagonal().array() -= 1.0;
                map.lu.compute(m);
                map.size = n;
                fresh = true;
            } else if (!fresh && mismatch > 0.1 * previous) {
                map.size = -1; // recompute on the next period
            }
            previous = mismatch;
            const Eigen::VectorXd dx = map.lu.solve(-g);
            if (!dx.allFinite()) throw no_convergence{"periodic steady state: singular period map"};
            double lambda = 1.0;
            for (Eigen::Index i = 0; i < n; ++i) {
                const double cap = std::max(0.5 * x0[i], 100.0);
                if (std::abs(dx[i]) > cap) lambda = std::min(lambda, cap / std::abs(dx[i]));
            }
            x0 += lambda * dx;
        } else {
            x0 = x1;
        }
    }

    const auto& grid = integrate.grid();
    out.times.reserve(grid.size());
    out.temperatures.reserve(grid.size());
    for (std::size_t k = 0; k < grid.size(); ++k) {
        out.times.emplace_back(grid[k] * units::seconds);
        out.temperatures.push_back(network_detail::to_temperatures(sys.all(trajectory[k])));
    }
    out.minimum = out.temperatures.front();
    out.maximum = out.temperatures.front();
    for (const auto& row : out.temperatures) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out.minimum[i] = std::min(out.minimum[i], row[i]);
            out.maximum[i] = std::max(out.maximum[i], row[i]);
        }
    }
    out.supplied = units::energy{supplied * units::joules};
    out.rejected = units::energy{rejected * units::joules};
    return out;
}

} // namespace periodic_detail

/// The periodic steady state of `net` over `options.period`, started from the nodes'
/// initial temperatures (a good start, such as the previous day's solution, converges in
/// one or two iterations). The loads must repeat with the period. Throws `invalid_input`
/// for invalid options and `no_convergence` when the shooting or a step fails.
inline periodic_solution periodic_steady_state(const thermal_network& net,
                                               const periodic_options& options) {
    periodic_detail::period_map map;
    return periodic_detail::solve(net, options, map);
}

} // namespace spacedc::thermal
