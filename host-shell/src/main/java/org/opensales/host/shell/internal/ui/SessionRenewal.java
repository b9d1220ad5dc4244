package org.opensales.host.shell.internal.ui;

import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.VaadinServletRequest;

/** Gives the HTTP session a new id after login, against session fixation. */
final class SessionRenewal {

    private SessionRenewal() {
    }

    /**
     * Moves the Vaadin session to a new HTTP session. Under Pax Web 8 an invalidated session comes
     * back with the same id, so the id is changed explicitly when Vaadin's way left it unchanged.
     *
     * @param request the request in which the user logged in
     */
    static void renew(VaadinRequest request) {
        String before = request.getWrappedSession().getId();
        VaadinService.reinitializeSession(request);
        if (before.equals(request.getWrappedSession().getId()) && request instanceof VaadinServletRequest servlet) {
            servlet.getHttpServletRequest().changeSessionId();
        }
    }
}
