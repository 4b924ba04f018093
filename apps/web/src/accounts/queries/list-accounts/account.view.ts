import { Role, ROLES } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { AccountView as AccountShape } from '../../domain/account';

/** An account as the account routes answer it (the OpenAPI schema): never its password hash. */
export class AccountView implements AccountShape {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'zhang.wei' }) username: string;
  @ApiProperty({ example: '张伟' }) displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, nullable: true, description: 'The committee code of a mediation-clerk; null for every other role', example: 'SPB-POLICE-01' }) unit: string | null;
  @ApiProperty({ description: 'A disabled account cannot sign in; its sessions ended when it was disabled' }) disabled: boolean;
  @ApiProperty({ description: 'It holds a one-time password: only the password change is open until it sets its own' }) mustChangePassword: boolean;
}

/** Every account (GET /api/accounts). */
export class AccountListView {
  @ApiProperty({ type: [AccountView] }) items: AccountView[];
}

/** An account and the one-time password it was given, shown once (add, reset). */
export class OneTimePasswordView {
  @ApiProperty({ type: AccountView }) account: AccountView;
  @ApiProperty({ description: '16 characters; answered this once, never stored in clear; must be changed at the first sign-in', example: 'q7HkR2mPz9WxT4bN' }) oneTimePassword: string;
}
