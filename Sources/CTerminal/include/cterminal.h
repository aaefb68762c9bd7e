#ifndef HEARSAY_CTERMINAL_H
#define HEARSAY_CTERMINAL_H
// The ncursesw surface Swift needs. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide
// API must be switched on here; macros and globals Swift 6 cannot import get small getters.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <stddef.h>
#include <ncursesw/curses.h>

static inline WINDOW *ct_stdscr(void) { return stdscr; }
static inline int ct_lines(void) { return LINES; }
static inline int ct_cols(void) { return COLS; }
static inline int ct_colors(void) { return COLORS; }
static inline int ct_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t ct_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t ct_A_BOLD(void) { return A_BOLD; }
static inline attr_t ct_A_DIM(void) { return A_DIM; }
static inline attr_t ct_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t ct_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t ct_A_ITALIC(void) { return A_ITALIC; }
static inline int ct_KEY_F(int n) { return KEY_F(n); }

/// Installs handlers for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE. A fault (or
/// abort() in this process) calls endwin(), writes the crash recovery file if one is set
/// (`ct_set_crash_recovery`), restores the previous action and re-raises, so a crash never leaves
/// the terminal raw. The same signals sent by another process (kill -SEGV) are handled as
/// `ct_install_termination_guard` handles SIGTERM.
void ct_install_crash_guard(void);

/// What the fault handler writes before the process dies: `length` bytes of `data` to a new file
/// at `path` (never replacing one), then, once written, `message` to stderr. Copied; NULL or an
/// empty `data` clears it. Call from one thread at a time, outside signal handlers.
void ct_set_crash_recovery(const char *path, const char *data, size_t length, const char *message);

/// newterm(NULL, stdout, stdin): the screen on the process's own terminal, or NULL when TERM is
/// unknown (unlike initscr, which exits the process).
SCREEN *ct_newterm_stdio(void);

/// Installs handlers for SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM and SIGPIPE
/// (unless ignored) that note the signal for the event loop (`ct_pending_termination`), which
/// then leaves as a quit does and dies by it (`ct_die_by`: status 128 + n) with the terminal
/// restored; a second signal before that restores the terminal and dies at once. Call after
/// newterm: it replaces ncurses' handlers, which exit(1) instead. SIGWINCH stays with ncurses
/// (KEY_RESIZE).
void ct_install_termination_guard(void);
/// The terminating signal noted by the termination guard (or a fault signal sent by another
/// process, noted by the crash guard), or 0.
int ct_pending_termination(void);
/// Dies by `signo` (its default action), once the terminal has been restored.
void ct_die_by(int signo);

/// Gives the terminal back and stops the process with SIGTSTP (Ctrl-Z); returns once continued
/// (at once when the process group is orphaned and cannot be stopped).
void ct_suspend(void);

/// After ct_suspend returns: adopts a size the terminal got meanwhile (a KEY_RESIZE follows)
/// and makes the next refresh repaint the whole screen.
void ct_resume(void);

/// Whether stdin and stdout are both terminals.
int ct_stdio_is_terminal(void);

/// newterm(term, stdout, stdin) for an explicit terminal type (a direct-colour description
/// chosen for COLORTERM=truecolor); NULL when the type is unknown.
SCREEN *ct_newterm_named(const char *term);

/// The terminfo number `capability` of terminal type `term`, read without starting curses
/// (setupterm, then the previous terminal restored): -1 absent, -2 when the type is unknown.
int ct_terminfo_number(const char *term, const char *capability);

static inline int ct_can_change_color(void) { return can_change_color() ? 1 : 0; }

#endif
