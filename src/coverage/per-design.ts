import type { Design, DesignSetting } from '../model.js';

/**
 * Designs with the `perDesign` settings applied: a design without a surface
 * table whose setting names `levels` gets its derived rows at those levels
 * (so they are expected when the levels are); a design with `measured: false`
 * expects nothing (its rows keep their ids, at no level). Either way the
 * design's `missing-surface` warning is answered and dropped. Pure.
 */
export function applyPerDesign(designs: readonly Design[], perDesign: Readonly<Record<string, DesignSetting>>): Design[] {
  return designs.map((design) => {
    const setting = Object.hasOwn(perDesign, design.slug) ? perDesign[design.slug] : undefined;
    if (setting === undefined) return design;
    const measured = setting.measured !== false;
    const surface = design.surface.map((row) => {
      if (!measured) return { ...row, levels: [] };
      return row.derived && setting.levels ? { ...row, levels: [...setting.levels] } : row;
    });
    const diagnostics = design.diagnostics.filter((d) => d.kind !== 'missing-surface');
    return { ...design, surface, diagnostics };
  });
}
