// Draws the comparison's charts with ECharts: per metric, the schools side by side (with the trust
// median), and the chosen school's trend over the years. The table stays the accessible source.
(function () {
  const holder = document.getElementById('charts');
  if (!holder || !window.echarts) {
    return;
  }
  document.querySelectorAll('.canopy-no-js-only').forEach((note) => { note.hidden = true; });
  const data = JSON.parse(holder.dataset.charts);
  for (const metric of data.metrics) {
    const bars = document.createElement('div');
    bars.className = 'canopy-chart';
    bars.setAttribute('role', 'img');
    bars.setAttribute('aria-label', `${metric.label} by school, ${data.year}; the values are in the table above`);
    bars.dataset.metric = metric.id;
    holder.appendChild(bars);
    echarts.init(bars).setOption({
      title: { text: `${metric.label}, ${data.year}` },
      tooltip: {},
      grid: { left: 200 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: metric.schools, inverse: true },
      series: [{
        type: 'bar', data: metric.values.map((value) => (value === null ? '-' : value)), itemStyle: { color: '#1d4f3a' },
        markLine: metric.median === null || metric.median === undefined ? undefined
          : { data: [{ xAxis: metric.median, name: 'Trust median' }], label: { formatter: 'median {c}' } },
      }],
    });
    if (holder.dataset.trendSchool && metric.trend.length > 0) {
      const line = document.createElement('div');
      line.className = 'canopy-chart';
      line.setAttribute('role', 'img');
      line.setAttribute('aria-label', `${metric.label} over the years for the chosen school`);
      line.dataset.trend = metric.id;
      holder.appendChild(line);
      echarts.init(line).setOption({
        title: { text: `${metric.label}: trend` },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: metric.trend.map((point) => point.year) },
        yAxis: { type: 'value' },
        series: [{ type: 'line', data: metric.trend.map((point) => point.value), connectNulls: false, itemStyle: { color: '#4c9a6a' } }],
      });
    }
  }
  window.addEventListener('resize', () => holder.querySelectorAll('.canopy-chart').forEach((chart) => echarts.getInstanceByDom(chart).resize()));
}());
