import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MaxLength(200)
  username: string;

  // Not trimmed, no policy: a sign-in checks the password it is given, whatever it is (bounded, so nobody makes the server hash megabytes).
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
