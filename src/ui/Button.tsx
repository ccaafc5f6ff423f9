// The app's button: always a picture and a word, at least 44×44 px, never hover-only.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { SymbolImage } from './SymbolImage';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  symbolId: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'quiet';
  size?: 'normal' | 'large';
}

/** A button with a picture and a label. */
export function Button({
  symbolId,
  children,
  variant = 'secondary',
  size = 'normal',
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = ['button', `button--${variant}`, `button--${size}`, className].filter(Boolean);
  return (
    // eslint-disable-next-line react/button-has-type -- type is always one of the valid values
    <button type={type} className={classes.join(' ')} {...rest}>
      <SymbolImage symbolId={symbolId} alt="" size={size === 'large' ? 48 : 28} />
      <span className="button__label">{children}</span>
    </button>
  );
}

interface LinkButtonProps {
  href: string;
  symbolId: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'quiet';
  size?: 'normal' | 'large';
}

/** A link that looks like a button: for going to another screen. */
export function LinkButton({
  href,
  symbolId,
  children,
  variant = 'secondary',
  size = 'normal',
}: LinkButtonProps) {
  return (
    <a href={href} className={`button button--${variant} button--${size}`}>
      <SymbolImage symbolId={symbolId} alt="" size={size === 'large' ? 48 : 28} />
      <span className="button__label">{children}</span>
    </a>
  );
}
