import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** The series colours, readable on the light and the dark theme. */
export const COLOURS = ['#4f46e5', '#16a34a', '#dc2626', '#d97706', '#0891b2', '#9333ea'];

export interface Series {
  key: string;
  label: string;
}

interface ChartProps {
  data: object[];
  /** The field of each datum on the category axis. */
  x: string;
  series: Series[];
  /** Names the chart for screen readers (the numbers are also in a table or text nearby). */
  label: string;
  testId: string;
  formatX?: (value: string) => string;
  formatY?: (value: number) => string;
}

const AXIS = { fontSize: 12, fill: 'currentColor' };

/** Bars, one group per `x`, one bar per series. */
export function Bars({
  data,
  x,
  series,
  label,
  testId,
  formatX,
  formatY,
  layout = 'horizontal',
}: ChartProps & { layout?: 'horizontal' | 'vertical' }) {
  const vertical = layout === 'vertical';
  return (
    <figure aria-label={label} data-testid={testId} className="h-64 w-full text-muted">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
          {vertical ? (
            <>
              <XAxis type="number" tick={AXIS} tickFormatter={formatY} />
              <YAxis type="category" dataKey={x} tick={AXIS} width={110} tickFormatter={formatX} />
            </>
          ) : (
            <>
              <XAxis dataKey={x} tick={AXIS} tickFormatter={formatX} />
              <YAxis tick={AXIS} tickFormatter={formatY} width={70} />
            </>
          )}
          <Tooltip formatter={(value) => (formatY && typeof value === 'number' ? formatY(value) : String(value))} />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Lines over days. */
export function Lines({ data, x, series, label, testId, formatX, formatY }: ChartProps) {
  return (
    <figure aria-label={label} data-testid={testId} className="h-64 w-full text-muted">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
          <XAxis dataKey={x} tick={AXIS} tickFormatter={formatX} minTickGap={16} />
          <YAxis tick={AXIS} tickFormatter={formatY} width={70} />
          <Tooltip formatter={(value) => (formatY && typeof value === 'number' ? formatY(value) : String(value))} />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={COLOURS[i % COLOURS.length]}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
