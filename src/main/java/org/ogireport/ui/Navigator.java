package org.ogireport.ui;

import org.ogireport.rules.Finding;

/** What the screens ask of the main window: go to where a finding is. */
interface Navigator {

    void jumpTo(Finding finding);
}
