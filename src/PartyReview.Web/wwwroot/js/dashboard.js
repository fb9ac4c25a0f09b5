// The leaders' dashboard: Chart.js charts built from the page's JSON (every bar and point opens the list behind it),
// and printing (the organizations table is searched, sorted and paged by the server). The tables beside the charts carry the same numbers as links.
(function () {
    'use strict';
    var source = document.getElementById('dashboard-data');
    var data = source ? JSON.parse(source.textContent) : null;
    var colors = ['#a4161a', '#1d5fa8', '#2b8a3e', '#e67700', '#6c757d', '#adb5bd'];
    var charts = [];
    window.dashboardCharts = charts;

    function navigate(urls) {
        return function (event, elements) {
            if (elements.length > 0) {
                var element = elements[0];
                var url = urls(element.datasetIndex, element.index);
                if (url) {
                    window.location.href = url;
                }
            }
        };
    }

    function pointer(event, elements) {
        event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
    }

    function bars(canvas, series, title) {
        return new Chart(canvas, {
            type: 'bar',
            data: {
                labels: series.bars.map(function (b) { return b.label; }),
                datasets: [{ label: title, data: series.bars.map(function (b) { return b.value; }), backgroundColor: colors }]
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                plugins: { legend: { display: false } },
                scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
                onClick: navigate(function (dataset, index) { return series.bars[index].url; }),
                onHover: pointer
            }
        });
    }

    if (data && window.Chart) {
        Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
        document.querySelectorAll('canvas[data-chart=distribution]').forEach(function (canvas) {
            var series = data.distribution.find(function (d) { return d.id === canvas.dataset.subject; });
            if (series) {
                charts.push(bars(canvas, series, series.label));
            }
        });

        var trend = document.querySelector('canvas[data-chart=trend]');
        if (trend) {
            charts.push(new Chart(trend, {
                type: 'line',
                data: {
                    labels: data.trend.years,
                    datasets: data.trend.series.map(function (s, i) {
                        return { label: s.label, data: s.values, borderColor: colors[i], backgroundColor: colors[i], spanGaps: true, pointRadius: 5, pointHoverRadius: 7 };
                    })
                },
                options: {
                    animation: false,
                    maintainAspectRatio: false,
                    scales: { y: { suggestedMin: 80, suggestedMax: 100, ticks: { callback: function (v) { return v + ' %'; } } } },
                    onClick: navigate(function (dataset, index) { return data.trend.series[dataset].urls[index]; }),
                    onHover: pointer
                }
            }));
        }

        var progress = document.querySelector('canvas[data-chart=progress]');
        if (progress && data.progress) {
            charts.push(new Chart(progress, {
                type: 'doughnut',
                data: {
                    labels: data.progress.bars.map(function (b) { return b.label; }),
                    datasets: [{ data: data.progress.bars.map(function (b) { return b.value; }), backgroundColor: ['#2b8a3e', '#e9ecef'], borderColor: '#6c757d' }]
                },
                options: {
                    animation: false,
                    maintainAspectRatio: false,
                    onClick: navigate(function (dataset, index) { return data.progress.bars[index].url; }),
                    onHover: pointer
                }
            }));
        }
    }

    // Charts are redrawn at the paper's width when printing.
    window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
    window.addEventListener('afterprint', function () { charts.forEach(function (c) { c.resize(); }); });
    document.querySelectorAll('[data-action=print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
})();
