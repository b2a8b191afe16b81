/**
 * Surveillance or interception that is a security control's work: the object watched is machines
 * (networks, systems, traffic, logs, threats), or what is intercepted is malicious (phishing,
 * malware, attacks). Surveillance of people, of social or criminal networks, of trafficking, and
 * interception of communications are not.
 */
import assert from 'node:assert/strict';
import { securityMonitoring } from '../../server/src/core/principles/securityMonitoring';

function monitoring(text: string, word: string): boolean {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return securityMonitoring(text, { start, end: start + word.length });
}

describe('security monitoring of machines and interception of attacks', () => {
  it('reads surveillance of networks, systems, traffic, logs or threats as security monitoring, in English and French', () => {
    assert.equal(monitoring('un centre assurant la surveillance des réseaux gouvernementaux', 'surveillance'), true);
    assert.equal(monitoring('la surveillance continue des systèmes d’information des ministères', 'surveillance'), true);
    assert.equal(monitoring('la surveillance du trafic réseau des administrations', 'surveillance'), true);
    assert.equal(monitoring('la surveillance réseau, assurée jour et nuit', 'surveillance'), true);
    assert.equal(monitoring('the surveillance of the ministries’ networks and servers', 'surveillance'), true);
    assert.equal(monitoring('monitoring of networks of the regulators', 'monitoring of networks'), true);
  });
  it('keeps surveillance of people, of what they say, of social or criminal networks and of trafficking', () => {
    assert.equal(monitoring('la surveillance des réseaux sociaux', 'surveillance'), false);
    assert.equal(monitoring('la surveillance des réseaux criminels', 'surveillance'), false);
    assert.equal(monitoring('la surveillance du trafic d’armes', 'surveillance'), false);
    assert.equal(monitoring('la surveillance du trafic des abonnés', 'surveillance'), false);
    assert.equal(monitoring('la surveillance des journalistes', 'surveillance'), false);
    assert.equal(monitoring('the surveillance of internet traffic', 'surveillance'), false);
    assert.equal(monitoring('the surveillance of networks used by activists', 'surveillance'), false);
    assert.equal(monitoring('a city surveillance centre', 'surveillance'), false);
  });
  it('does not read people in a purpose after the object as its owners', () => {
    assert.equal(monitoring('la surveillance des réseaux de l’État afin de protéger les citoyens', 'surveillance'), true);
    assert.equal(monitoring('the surveillance of government networks to protect users', 'surveillance'), true);
  });
  it('reads the interception of phishing, malware or attacks as a security control, in the active and the passive', () => {
    assert.equal(monitoring('Phishing e-mails are intercepted by the mail gateway.', 'intercepted'), true);
    assert.equal(monitoring('The gateway intercepts 90% of phishing attempts.', 'intercepts'), true);
    assert.equal(monitoring('the interception of malicious attachments', 'interception'), true);
    assert.equal(monitoring('Les courriels d’hameçonnage sont interceptés.', 'interceptés'), true);
    assert.equal(monitoring('La plupart des attaques sont interceptées.', 'interceptées'), true);
  });
  it('keeps the interception of communications, even of attackers', () => {
    assert.equal(monitoring('The lawful interception of communications.', 'interception'), false);
    assert.equal(monitoring('The communications of ransomware gangs are intercepted.', 'intercepted'), false);
    assert.equal(monitoring('The authors of attacks are intercepted.', 'intercepted'), false);
    assert.equal(monitoring('Les communications des auteurs d’attaques sont interceptées.', 'interceptées'), false);
    assert.equal(monitoring('L’interception des messages des suspects.', 'interception'), false);
  });
});
