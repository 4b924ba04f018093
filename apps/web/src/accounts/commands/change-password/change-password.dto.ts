import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

// Passwords are taken as typed: never trimmed. The policy (length, not the username) is the handler's.
export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: 10, maxLength: 256 })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}
