#pragma once

class QChart;
class QFont;
class QPalette;
class QValueAxis;

namespace regionmap {

// Round axes for the results charts (chartspanel.cpp, chartspaneldistances.cpp).

// A round step near `rough`: 1, 2, 2.5 or 5 times a power of ten.
double chartNiceStep(double rough);
// At most about four labelled ticks from 0 to `max`, at round numbers: labels that never crowd
// out each other (Qt Charts hides the ones that would overlap).
void setRoundTicks(QValueAxis *axis, double max);
// Removes a chart's series and axes, to build it again.
void clearChart(QChart *chart);
// The widget's colours on a chart: its background, title, legend and axes (light and dark).
void applyChartTheme(QChart *chart, const QPalette &palette, const QFont &font);

} // namespace regionmap
