import { addDays, dateIn, daysLeft, deadlineOf } from './deadline';

// A review accepted on 2019-11-02 (Shanghai) is due at the end of 2020-01-01 there: 2020-01-01T23:59:59.999+08:00.
const DUE = '2020-01-01T23:59:59.999+08:00';
const open = { status: 'accepted' as const, dueAt: DUE, overdue: false, dueSoon: false, late: false };

describe('a review deadline as the desk reads it', () => {
  it('counts days left in Shanghai calendar days, not UTC ones: at 2019-12-31T16:30Z it is already the due date there', () => {
    expect(daysLeft(DUE, new Date('2019-12-31T16:30:00Z'))).toBe(0);
    expect(daysLeft(DUE, new Date('2019-12-31T16:30:00Z'), 'UTC')).toBe(1);
    expect(daysLeft(DUE, new Date('2019-12-31T15:59:59Z'))).toBe(1);
    expect(dateIn(new Date('2019-12-31T16:30:00Z'))).toBe('2020-01-01');
  });

  it('runs down to 0 on the due date and goes negative the day after', () => {
    expect(daysLeft(DUE, new Date('2019-11-02T02:00:00Z'))).toBe(60);
    expect(daysLeft(DUE, new Date('2020-01-01T15:59:59Z'))).toBe(0);
    expect(daysLeft(DUE, new Date('2020-01-01T16:00:00Z'))).toBe(-1);
    expect(daysLeft(DUE, new Date('2020-03-01T04:00:00Z'))).toBe(-60);
  });

  it('adds calendar days across a leap February and a year end', () => {
    expect(addDays('2020-01-15', 60)).toBe('2020-03-15');
    expect(addDays('2019-11-02', 60)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });

  it('words an open review: days left, due soon as the service says, due today, and overdue by the days past', () => {
    expect(deadlineOf(open, new Date('2019-11-20T02:00:00Z'))).toEqual({ dueDate: '2020-01-01', daysLeft: 42, tone: 'running', text: '剩余 42 天' });
    expect(deadlineOf({ ...open, dueSoon: true }, new Date('2019-12-25T02:00:00Z'))).toMatchObject({ tone: 'soon', text: '剩余 7 天' });
    expect(deadlineOf({ ...open, dueSoon: true }, new Date('2019-12-31T16:30:00Z'))).toMatchObject({ tone: 'soon', text: '今日到期', daysLeft: 0 });
    expect(deadlineOf({ ...open, status: 'extended', overdue: true }, new Date('2020-01-04T02:00:00Z'))).toEqual({ dueDate: '2020-01-01', daysLeft: -3, tone: 'overdue', text: '已逾期 3 天' });
  });

  it('calls a review overdue once its deadline has passed by the page clock, though the service answered before', () => {
    expect(deadlineOf(open, new Date('2020-01-01T16:00:01Z'))).toMatchObject({ tone: 'overdue', text: '已逾期 1 天' });
  });

  it('has no days left for a review not accepted, rejected or decided; a decision after the deadline reads late', () => {
    expect(deadlineOf({ ...open, status: 'received', dueAt: null }, new Date())).toEqual({ dueDate: null, daysLeft: null, tone: 'none', text: '未受理' });
    expect(deadlineOf({ ...open, status: 'rejected', dueAt: null }, new Date())).toMatchObject({ tone: 'none', text: '—' });
    expect(deadlineOf({ ...open, status: 'concluded' }, new Date('2020-05-01T00:00:00Z'))).toEqual({ dueDate: '2020-01-01', daysLeft: null, tone: 'decided', text: '按期审结' });
    expect(deadlineOf({ ...open, status: 'concluded', late: true }, new Date())).toMatchObject({ tone: 'late', text: '逾期审结' });
  });
});
