'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';

// The dashboard's charts: recharts draws accessible SVG (a title, a description, arrow keys move
// between bars). They are fed plain numbers by the page; the same numbers sit in a table beside
// each chart, so nothing depends on seeing colour or hovering.

const brand = '#1f6d63';
const axisTick = { fill: '#1c2321', fontSize: 12 };

export type CategoryDatum = { label: string; value: number };

/** One horizontal bar per category, its count written at the end of the bar. */
export function CategoryBars({
  data,
  title,
  description,
  valueName,
  labelWidth = 150,
}: {
  data: CategoryDatum[];
  title: string;
  description: string;
  valueName: string;
  labelWidth?: number;
}) {
  const height = Math.max(120, data.length * 34 + 40);
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      title={title}
      desc={description}
      margin={{ top: 5, right: 40, bottom: 5, left: 5 }}
    >
      <CartesianGrid horizontal={false} stroke="#dde3e1" />
      <XAxis type="number" allowDecimals={false} tick={axisTick} />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={axisTick} interval={0} />
      <Tooltip cursor={{ fill: '#eef7f6' }} />
      <Bar dataKey="value" name={valueName} fill={brand} isAnimationActive={false} maxBarSize={26}>
        <LabelList dataKey="value" position="right" fill="#1c2321" fontSize={12} />
      </Bar>
    </BarChart>
  );
}

export type Series = { key: string; label: string; color: string };

/** One column per month; several series are stacked, with a legend naming each. */
export function MonthBars({
  data,
  series,
  title,
  description,
}: {
  data: ({ label: string } & Record<string, number | string>)[];
  series: Series[];
  title: string;
  description: string;
}) {
  const stacked = series.length > 1;
  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: 300 }}
      title={title}
      desc={description}
      margin={{ top: 20, right: 10, bottom: 5, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="#dde3e1" />
      <XAxis dataKey="label" tick={axisTick} />
      <YAxis allowDecimals={false} tick={axisTick} width={40} />
      <Tooltip cursor={{ fill: '#eef7f6' }} />
      {stacked ? <Legend itemSorter={null} wrapperStyle={{ fontSize: 13, color: '#1c2321' }} /> : null}
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={s.color}
          stackId={stacked ? 'months' : undefined}
          isAnimationActive={false}
          maxBarSize={48}
        >
          {stacked ? null : <LabelList dataKey={s.key} position="top" fill="#1c2321" fontSize={12} />}
        </Bar>
      ))}
    </BarChart>
  );
}
