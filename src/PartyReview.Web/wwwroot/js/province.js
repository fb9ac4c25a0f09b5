// The province's roll-up: for each committee and the province's total, the share of each level among those rated, as
// stacked horizontal bars built from the page's JSON. The tables below carry the same numbers with their denominators.
(function () {
    'use strict';
    var source = document.getElementById('province-data');
    var data = source ? JSON.parse(source.textContent) : null;
    var colors = ['#a4161a', '#1d5fa8', '#e67700', '#6c757d'];
    var charts = [];
    window.provinceCharts = charts;
    if (!data || !window.Chart) {
        return;
    }

    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
    document.querySelectorAll('canvas[data-chart=province]').forEach(function (canvas) {
        var series = data.series.find(function (s) { return s.id === canvas.dataset.subject; });
        if (!series) {
            return;
        }

        charts.push(new Chart(canvas, {
            type: 'bar',
            data: {
                labels: series.committees,
                datasets: series.levels.map(function (level, i) {
                    return { label: level.label, data: level.values, backgroundColor: colors[i % colors.length] };
                })
            },
            options: {
                indexAxis: 'y',
                animation: false,
                maintainAspectRatio: false,
                scales: {
                    x: { stacked: true, min: 0, max: 100, ticks: { callback: function (value) { return value + '%'; } } },
                    y: { stacked: true }
                },
                plugins: {
                    tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + item.formattedValue + '%'; } } }
                }
            }
        }));
    });
})();
