import type { Severity, ValidationSettings } from '../../../schemas/settings';
import type { Finding } from './findings';

/**
 * Applies the user's per-rule severities: `off` drops a rule's findings, any other value replaces
 * the rule's default. With the master switch off, nothing is reported.
 */
export function applySeverities(findings: readonly Finding[], settings: Pick<ValidationSettings, 'enable' | 'rules'>): Finding[] {
  if (!settings.enable) return [];
  const result: Finding[] = [];
  for (const finding of findings) {
    const setting = settings.rules[finding.ruleId];
    if (setting === 'off') continue;
    result.push(setting ? { ...finding, severity: setting as Severity } : finding);
  }
  return result;
}
