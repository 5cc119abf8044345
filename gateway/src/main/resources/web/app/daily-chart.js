// A campaign's days as a chart: clicks and orders (bars, left axis) and revenue (a line, right
// axis), one point per UTC day of the range, days without activity at zero. Chart.js with only the
// parts drawn here registered, to keep the bundle small; the same figures as a table for screen
// readers and keyboard users.
import { LitElement, html, css } from 'lit';
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';
import { shared } from './ui.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip);

/** Every day from..to (inclusive), with the report's rows where there are some. */
export function everyDay(rows, from, to) {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const days = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`);
    day = new Date(day.getTime() + 86_400_000)) {
    const key = day.toISOString().slice(0, 10);
    const row = byDay.get(key);
    days.push({
      day: key,
      clicks: Number(row?.clicks ?? 0),
      orders: Number(row?.orders ?? 0),
      revenue: Number(row?.revenue?.amount ?? 0),
    });
  }
  return days;
}

class DailyChart extends LitElement {
  static properties = { days: { attribute: false }, currency: {} };
  static styles = [shared, css`
    .plot { position: relative; height: 18rem; }
    details { margin-top: .5rem; }
  `];

  render() {
    const totals = this.days.reduce((t, d) => ({ clicks: t.clicks + d.clicks, orders: t.orders + d.orders }),
      { clicks: 0, orders: 0 });
    return html`
      <div class="plot"><canvas role="img" aria-label=${`Daily clicks, orders and revenue from ${this.days[0]?.day} to ${this.days.at(-1)?.day}: ${totals.clicks} clicks, ${totals.orders} orders in all.`}></canvas></div>
      <details><summary>The chart's figures as a table</summary><div class="scroll"><table>
        <thead><tr><th scope="col">Day</th><th scope="col" class="num">Clicks</th><th scope="col" class="num">Orders</th><th scope="col" class="num">Revenue (${this.currency})</th></tr></thead>
        <tbody>${this.days.map((d) => html`<tr><td>${d.day}</td><td class="num">${d.clicks}</td><td class="num">${d.orders}</td><td class="num">${d.revenue.toFixed(2)}</td></tr>`)}</tbody>
      </table></div></details>`;
  }

  updated() {
    const data = {
      labels: this.days.map((d) => d.day),
      datasets: [
        { type: 'bar', label: 'Clicks', data: this.days.map((d) => d.clicks), backgroundColor: '#5b8fd1', yAxisID: 'count' },
        { type: 'bar', label: 'Orders', data: this.days.map((d) => d.orders), backgroundColor: '#1b6b3a', yAxisID: 'count' },
        { type: 'line', label: `Revenue (${this.currency})`, data: this.days.map((d) => d.revenue),
          borderColor: '#b35900', backgroundColor: '#b35900', yAxisID: 'money' },
      ],
    };
    if (this.chart) {
      this.chart.data = data;
      this.chart.update();
      return;
    }
    this.chart = new Chart(this.renderRoot.querySelector('canvas'), {
      data,
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          count: { type: 'linear', position: 'left', beginAtZero: true, ticks: { precision: 0 } },
          money: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } },
        },
      },
    });
    this.dataset.drawn = String(this.days.length);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = null;
  }
}
customElements.define('cp-daily-chart', DailyChart);
