#pragma once
/// \file
/// Gauss-Kronrod quadrature for the numerical kernels: the 15-point Kronrod rule with its
/// embedded 7-point Gauss rule (Piessens et al., QUADPACK, 1983, routine QK15), and an
/// adaptive version that bisects the panel with the largest |Kronrod - Gauss| on a fixed
/// stack (no allocation).

#include <array>
#include <cmath>
#include <cstddef>

namespace spacedc::detail {

/// QK15 on [-1, 1]: the non-negative abscissae (the centre last), the Kronrod weights,
/// and the Gauss weights of the odd-indexed abscissae and of 0.
inline constexpr std::array<double, 8> kronrod_x{
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.0};
inline constexpr std::array<double, 8> kronrod_w{
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
inline constexpr std::array<double, 4> gauss7_w{
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

/// An integral and its error estimate |Kronrod - Gauss|.
struct quadrature_result {
    double value;
    double error;
};

/// QK15 of `f` on [a, b].
template <class F>
quadrature_result kronrod15(const F& f, double a, double b) {
    const double mid = 0.5 * (a + b), half = 0.5 * (b - a);
    double kronrod = 0.0, gauss = 0.0;
    for (std::size_t i = 0; i < kronrod_x.size(); ++i) {
        const bool centre = i + 1 == kronrod_x.size();
        const double y =
            centre ? f(mid) : f(mid - half * kronrod_x[i]) + f(mid + half * kronrod_x[i]);
        kronrod += kronrod_w[i] * y;
        if (i % 2 == 1) gauss += gauss7_w[i / 2] * y;
    }
    return {kronrod * half, std::abs(kronrod - gauss) * half};
}

/// The integral of `f` on [a, b] to `tolerance` (absolute): QK15 on panels, the worst
/// bisected until the summed error estimate is below `tolerance` or 64 panels are in use
/// (then the best estimate is returned with its error).
template <class F>
quadrature_result integrate_adaptive(const F& f, double a, double b, double tolerance) {
    struct panel {
        double a, b;
        quadrature_result q;
    };
    std::array<panel, 64> panels{};
    std::size_t count = 1;
    panels[0] = {a, b, kronrod15(f, a, b)};
    for (;;) {
        double value = 0.0, error = 0.0;
        std::size_t worst = 0;
        for (std::size_t i = 0; i < count; ++i) {
            value += panels[i].q.value;
            error += panels[i].q.error;
            if (panels[i].q.error > panels[worst].q.error) worst = i;
        }
        if (error <= tolerance || count == panels.size()) return {value, error};
        const panel p = panels[worst];
        const double m = 0.5 * (p.a + p.b);
        panels[worst] = {p.a, m, kronrod15(f, p.a, m)};
        panels[count++] = {m, p.b, kronrod15(f, m, p.b)};
    }
}

} // namespace spacedc::detail
