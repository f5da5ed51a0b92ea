import PasswordIcon from "@mui/icons-material/Password";
import { Logout, MenuItemLink, UserMenu, useTranslate, useUserMenu } from "react-admin";

const ChangePasswordItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return <MenuItemLink to="/change-password" primaryText={translate("account.change.menu")} leftIcon={<PasswordIcon />} onClick={() => userMenu?.onClose()} />;
};

/** The user menu (top right): change one's password, log out. */
export const AccountMenu = () => (
  <UserMenu>
    <ChangePasswordItem />
    <Logout />
  </UserMenu>
);
