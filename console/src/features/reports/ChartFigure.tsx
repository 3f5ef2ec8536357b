import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef, type ReactNode } from 'react';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/** Distinguishable in colour-blind vision and in greyscale order (Okabe–Ito). */
const COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
  '#999999',
  '#7F3C8D',
];

export interface Series {
  label: string;
  data: number[];
}

interface Props {
  title: string;
  type: 'bar' | 'line';
  stacked?: boolean;
  labels: string[];
  series: Series[];
  /** The same figures as a table: what screen readers and keyboard users read. */
  children: ReactNode;
}

/**
 * A Chart.js chart drawn on a canvas hidden from assistive technology, followed by its table.
 * The canvas is decoration for sighted readers; the table carries the figures for everyone.
 */
export function ChartFigure({ title, type, stacked = false, labels, series, children }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext?.('2d');
    if (!context) return;
    const chart = new Chart(context, {
      type,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: COLOURS[i % COLOURS.length],
          borderColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked },
          y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
    return () => chart.destroy();
  }, [type, stacked, labels, series]);
  return (
    <figure className="report-figure">
      <figcaption>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      {children}
    </figure>
  );
}
