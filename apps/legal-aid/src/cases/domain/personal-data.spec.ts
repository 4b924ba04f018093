import { maskIdNumber, maskName } from './personal-data';

describe('masking', () => {
  it('shows only the first character of a name, one * per remaining character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('李');
  });

  it('counts characters outside the BMP as one character each', () => {
    expect(maskName('𠀀𠀁𠀂')).toBe('𠀀**');
  });

  it('shows the first 4 and last 4 characters of an identity number', () => {
    expect(maskIdNumber('500106199003071234')).toBe('5001**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
