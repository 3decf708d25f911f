import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Base = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
};

/**
 * A button must have an accessible name: either visible text, or an icon with `label`. The union makes an
 * unlabelled icon button a type error rather than an axe finding.
 */
export type ButtonProps = Base &
  ({ children: ReactNode; label?: string } | { children?: never; icon: ReactNode; label: string });

export function Button(props: ButtonProps) {
  const { variant = 'secondary', className, type = 'button', ...rest } = props;
  const { label, children, icon, ...html } = rest as Base & { label?: string; children?: ReactNode; icon?: ReactNode };
  return (
    <button
      {...html}
      type={type}
      className={`btn btn-${variant}${className ? ` ${className}` : ''}`}
      aria-label={children === undefined ? label : undefined}
      title={label}
    >
      {icon !== undefined ? <span aria-hidden="true">{icon}</span> : null}
      {children}
    </button>
  );
}
