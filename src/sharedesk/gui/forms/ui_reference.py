# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTextBrowser, QTreeWidget, QVBoxLayout)

class Ui_ReferenceScreen(object):
    def setupUi(self, ReferenceScreen):
        if not ReferenceScreen.objectName():
            ReferenceScreen.setObjectName(u"ReferenceScreen")
        ReferenceScreen.resize(1000, 700)
        self.root_layout = QVBoxLayout(ReferenceScreen)
        self.root_layout.setObjectName(u"root_layout")
        self.reference_back_button = QPushButton(ReferenceScreen)
        self.reference_back_button.setObjectName(u"reference_back_button")

        self.root_layout.addWidget(self.reference_back_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.reference_title = QLabel(ReferenceScreen)
        self.reference_title.setObjectName(u"reference_title")

        self.root_layout.addWidget(self.reference_title)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.reference_search_label = QLabel(ReferenceScreen)
        self.reference_search_label.setObjectName(u"reference_search_label")

        self.search_layout.addWidget(self.reference_search_label)

        self.reference_search = QLineEdit(ReferenceScreen)
        self.reference_search.setObjectName(u"reference_search")
        self.reference_search.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.reference_search)


        self.root_layout.addLayout(self.search_layout)

        self.reference_status = QLabel(ReferenceScreen)
        self.reference_status.setObjectName(u"reference_status")
        self.reference_status.setWordWrap(True)

        self.root_layout.addWidget(self.reference_status)

        self.reference_splitter = QSplitter(ReferenceScreen)
        self.reference_splitter.setObjectName(u"reference_splitter")
        self.reference_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.reference_tree = QTreeWidget(self.reference_splitter)
        self.reference_tree.setObjectName(u"reference_tree")
        self.reference_tree.setHeaderHidden(True)
        self.reference_splitter.addWidget(self.reference_tree)
        self.reference_view = QTextBrowser(self.reference_splitter)
        self.reference_view.setObjectName(u"reference_view")
        self.reference_view.setOpenLinks(False)
        self.reference_view.setTabChangesFocus(True)
        self.reference_splitter.addWidget(self.reference_view)

        self.root_layout.addWidget(self.reference_splitter)

        self.root_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.reference_search_label.setBuddy(self.reference_search)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferenceScreen)

        QMetaObject.connectSlotsByName(ReferenceScreen)
    # setupUi

    def retranslateUi(self, ReferenceScreen):
        self.reference_back_button.setText(QCoreApplication.translate("ReferenceScreen", u"< &Back", None))
#if QT_CONFIG(accessibility)
        self.reference_back_button.setAccessibleName(QCoreApplication.translate("ReferenceScreen", u"Back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reference_back_button.setAccessibleDescription(QCoreApplication.translate("ReferenceScreen", u"Return to the screen you came from (Escape)", None))
#endif // QT_CONFIG(accessibility)
        self.reference_title.setText(QCoreApplication.translate("ReferenceScreen", u"Reference library", None))
        self.reference_search_label.setText(QCoreApplication.translate("ReferenceScreen", u"&Search the guidance", None))
#if QT_CONFIG(accessibility)
        self.reference_search.setAccessibleName(QCoreApplication.translate("ReferenceScreen", u"Search the guidance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reference_search.setAccessibleDescription(QCoreApplication.translate("ReferenceScreen", u"Words to find in the reference library; every word must match", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.reference_tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReferenceScreen", u"Topic", None))
#if QT_CONFIG(accessibility)
        self.reference_tree.setAccessibleName(QCoreApplication.translate("ReferenceScreen", u"Topics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reference_tree.setAccessibleDescription(QCoreApplication.translate("ReferenceScreen", u"Sections and entries of the reference library", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reference_view.setAccessibleName(QCoreApplication.translate("ReferenceScreen", u"Reference text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reference_view.setAccessibleDescription(QCoreApplication.translate("ReferenceScreen", u"The selected entry with its source", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

