// The words of the login page and its messages, in both languages.
export const LOGIN_WORDS = {
  vi: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    usernameMissing: 'Vui lòng nhập tên đăng nhập',
    passwordMissing: 'Vui lòng nhập mật khẩu',
    wrong: 'Sai tên đăng nhập hoặc mật khẩu',
    unreachable: 'Không kết nối được máy chủ dữ liệu. Vui lòng thử lại.',
    tooMany: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    demoTitle: 'Tài khoản trình diễn (chỉ dùng với dữ liệu demo)',
    demoNote: 'Mật khẩu của mọi tài khoản demo:',
  },
  en: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameMissing: 'Enter your username',
    passwordMissing: 'Enter your password',
    wrong: 'Wrong username or password',
    unreachable: 'The data server could not be reached. Please try again.',
    tooMany: 'Too many failed sign-ins. Please try again in a few minutes.',
    demoTitle: 'Demo accounts (for the demo data only)',
    demoNote: 'Password of every demo account:',
  },
};
