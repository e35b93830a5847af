import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, writeJsonSchemas } from '../../src/cms/json-schemas';
import { HINTS, TRANSLATION_HINTS } from '../../src/schemas/hints';

const generated = jsonSchemas();

describe('JSON Schemas for editors', () => {
  it('are written by `npm run schemas`, one file per collection and language', () => {
    const folder = mkdtempSync(join(tmpdir(), 'json-schemas-'));
    try {
      expect(writeJsonSchemas(folder).sort()).toEqual(Object.keys(generated).sort());
      expect(readdirSync(folder).length).toBeGreaterThanOrEqual(14);
      for (const [name, text] of Object.entries(generated)) expect(readFileSync(join(folder, name), 'utf8'), name).toBe(text);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('describe every field with a Slovenian hint', () => {
    for (const [name, text] of Object.entries(generated)) {
      const properties = (JSON.parse(text) as { properties: Record<string, { description?: string }> }).properties;
      for (const [field, property] of Object.entries(properties)) expect(property.description, `${name} ${field}`).toMatch(/\. .+ \| .+/);
    }
  });

  it('accept both the list and the single-item form staff write', () => {
    const centre = JSON.parse(generated['centres.schema.json']!) as {
      properties: { weeklyHours: { properties: { monday: { anyOf: { type: string }[] } } } };
    };
    expect(centre.properties.weeklyHours.properties.monday.anyOf.map((form) => form.type).sort()).toEqual(['array', 'object']);
  });

  it('carry the date and time patterns', () => {
    const project = JSON.parse(generated['projects.schema.json']!) as {
      properties: { updated: { pattern?: string }; period: { properties: { start: { pattern?: string } } } };
    };
    expect(project.properties.updated.pattern).toBeDefined();
    expect(project.properties.period.properties.start.pattern).toBeDefined();
  });

  it('have no hint for a field that does not exist', () => {
    const keysOf = (file: string): string[] => Object.keys((JSON.parse(generated[file]!) as { properties: object }).properties);
    for (const collection of Object.keys(HINTS) as (keyof typeof HINTS)[]) {
      expect(Object.keys(HINTS[collection]).sort(), collection).toEqual(keysOf(`${collection}.schema.json`).sort());
      expect(Object.keys(TRANSLATION_HINTS[collection]).sort(), `${collection} translation`).toEqual(
        keysOf(`${collection}.en.schema.json`).sort(),
      );
    }
  });
});
