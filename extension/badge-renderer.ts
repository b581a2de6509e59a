/** The badge view (components/Badge, Preact) as the renderer the DOM adapter is handed. */
import { h, render } from 'preact';
import { Badge, type BadgeProps } from '../components/Badge';
import { BADGE_CSS } from '../components/badge-styles';
import type { BadgeRenderer } from '../dom/badges';

export type BadgeViewOptions = Omit<BadgeProps, 'claim' | 'initiallyOpen'>;

export function preactBadgeRenderer(opts: BadgeViewOptions): BadgeRenderer {
  return {
    css: BADGE_CSS,
    draw(mount, claim, open) {
      if (open) render(null, mount); // a fresh component, so `initiallyOpen` takes effect
      render(h(Badge, { ...opts, claim, initiallyOpen: open }), mount);
    },
  };
}
