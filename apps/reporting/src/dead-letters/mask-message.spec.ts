import { maskMessage } from './mask-message';

const registered = {
  eventId: '3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e',
  type: 'mediation.dispute.registered',
  version: 1,
  occurredAt: '2019-06-03T10:15:00+08:00',
  district: '500106',
  caseId: '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b',
  sequence: 1,
  actorId: 'clerk-042',
  payload: {
    committeeCode: 'POL-01',
    committeeKind: 'police-station',
    committeeField: null,
    category: 'neighbourhood',
    source: 'police-referral',
    receivedAt: '2019-06-03T10:15:00+08:00',
    partyCount: 2,
    amountInvolvedFen: 150_000,
  },
};
const json = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8');

describe('masking a dead letter’s message', () => {
  it('shows an event of a known contract as it is, naming the contract and masking nothing', () => {
    expect(maskMessage(json(registered))).toEqual({ form: 'json', json: registered, text: null, bytes: json(registered).length, contract: 'mediation.dispute.registered v1', masked: [] });
  });

  it('masks every value a known contract does not declare, the personal ones in the usual style', () => {
    const smuggled = { ...registered, payload: { ...registered.payload, applicantName: '欧阳娜娜', applicantPhone: '13812348000', extra: { note: 'x', n: 5 }, flags: [true] } };
    const m = maskMessage(json(smuggled));
    expect(m.contract).toBe('mediation.dispute.registered v1');
    expect(m.json).toMatchObject({ payload: { committeeCode: 'POL-01', applicantName: '欧***', applicantPhone: '138****8000', extra: { note: '***', n: '***' }, flags: [true] } });
    expect(m.masked).toEqual([
      { path: 'payload.applicantName', rule: 'not-in-contract' },
      { path: 'payload.applicantPhone', rule: 'not-in-contract' },
      { path: 'payload.extra.note', rule: 'not-in-contract' },
      { path: 'payload.extra.n', rule: 'not-in-contract' },
    ]);
  });

  it('masks, in a shape no contract knows, strings and numbers under keys that look like a name, ID number, phone or address, at any depth', () => {
    const unknown = {
      type: 'legalaid.case.teleported',
      version: 1,
      payload: { applicant_name: '张三丰', idNumber: '500106199001011234', 'home-address': '重庆市沙坪坝区某路1号', parties: [{ fullName: '李四', mobile: 13900001111 }], matter: 'wage-arrears' },
    };
    const m = maskMessage(json(unknown));
    expect(m.contract).toBeNull();
    expect(m.json).toEqual({
      type: 'legalaid.case.teleported',
      version: 1,
      payload: { applicant_name: '张**', idNumber: '5001**********1234', 'home-address': '***', parties: [{ fullName: '李*', mobile: '139****1111' }], matter: 'wage-arrears' },
    });
    expect(m.masked.map((x) => [x.path, x.rule])).toEqual([
      ['payload.applicant_name', 'personal-key'],
      ['payload.idNumber', 'personal-key'],
      ['payload.home-address', 'personal-key'],
      ['payload.parties[0].fullName', 'personal-key'],
      ['payload.parties[0].mobile', 'personal-key'],
    ]);
  });

  it('masks strings that look like an ID or mobile number under any key, also in a contract’s fields', () => {
    const m = maskMessage(json({ ...registered, payload: { ...registered.payload, committeeCode: 'call 13812348000' } }));
    expect(m.json).toMatchObject({ payload: { committeeCode: 'call 138****8000' } });
    expect(m.masked).toEqual([{ path: 'payload.committeeCode', rule: 'looks-like-id-or-phone' }]);
    // A longer run of digits is neither (an amount, an offset): left as it is.
    expect(maskMessage(json({ ref: '123456789012345678901234', offset: 13812348000123 })).masked).toEqual([]);
  });

  it('shows text that is not JSON with the values of personal-looking keys and ID or phone numbers masked, cut at 4000 characters', () => {
    const m = maskMessage(Buffer.from('{"eventId": "x", "applicantName": "王五", phone=13700002222, idNumber: 50010619900101123X, "category": "labour', 'utf8'));
    expect(m.form).toBe('text');
    expect(m.text).toBe('{"eventId": "x", "applicantName": "***", phone=***, idNumber: ***, "category": "labour');
    expect(m.masked).toEqual([{ path: '(text)', rule: 'text' }]);
    expect(maskMessage(Buffer.from(`not json ${'a'.repeat(5000)}`)).text).toHaveLength(4001);
    expect(maskMessage(Buffer.from('garbage 500106199001011234 end')).text).toBe('garbage 5001**********1234 end');
  });

  it('shows JSON that is not an object as text', () => {
    expect(maskMessage(Buffer.from('"13812348000"'))).toMatchObject({ form: 'text', json: null, text: '"138****8000"' });
    expect(maskMessage(Buffer.from('[1, 2]'))).toMatchObject({ form: 'text', text: '[1, 2]' });
  });

  it('says when a message had no value', () => {
    expect(maskMessage(null)).toEqual({ form: 'none', json: null, text: null, bytes: 0, contract: null, masked: [] });
  });
});
