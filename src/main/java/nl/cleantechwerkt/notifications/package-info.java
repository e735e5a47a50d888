/**
 * Notifications: what a user is told (an invitation, a reply, later an alert) in the
 * application, and by e-mail when the server has SMTP configured and the user has not opted
 * out. {@link nl.cleantechwerkt.notifications.Notifications} is the module's API; other modules
 * call it, it calls nobody but {@code accounts} (for the recipient's address).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "accounts"})
package nl.cleantechwerkt.notifications;
