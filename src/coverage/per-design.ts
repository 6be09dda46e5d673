import type { Design, DesignSetting } from '../model.js';

/**
 * Designs with the `perDesign` settings applied: `levels` for the derived rows of a design without a
 * surface table, `measured: false` for no level at all; either answers its `missing-surface` warning.
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
