import { cx } from './cx';

export function Card({ className, children, ...rest }: React.HTMLAttributes<HTMLElement>) {
  return (
    <section
      {...rest}
      className={cx('rounded-lg border border-line bg-white p-5 shadow-sm sm:p-6', className)}
    >
      {children}
    </section>
  );
}

export function CardTitle({ children, id }: { children: React.ReactNode; id?: string }) {
  return (
    <h2 id={id} className="text-lg font-semibold text-ink">
      {children}
    </h2>
  );
}
