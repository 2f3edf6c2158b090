# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_answers.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CheckAnswers(object):
    def setupUi(self, CheckAnswers):
        if not CheckAnswers.objectName():
            CheckAnswers.setObjectName(u"CheckAnswers")
        CheckAnswers.resize(700, 720)
        self.root_layout = QVBoxLayout(CheckAnswers)
        self.root_layout.setObjectName(u"root_layout")
        self.check_scroll = QScrollArea(CheckAnswers)
        self.check_scroll.setObjectName(u"check_scroll")
        self.check_scroll.setWidgetResizable(True)
        self.check_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.check_contents = QWidget()
        self.check_contents.setObjectName(u"check_contents")
        self.check_layout = QVBoxLayout(self.check_contents)
        self.check_layout.setObjectName(u"check_layout")
        self.check_title = QLabel(self.check_contents)
        self.check_title.setObjectName(u"check_title")
        self.check_title.setWordWrap(True)

        self.check_layout.addWidget(self.check_title)

        self.answers_box = QGroupBox(self.check_contents)
        self.answers_box.setObjectName(u"answers_box")
        self.answers_grid = QGridLayout(self.answers_box)
        self.answers_grid.setObjectName(u"answers_grid")

        self.check_layout.addWidget(self.answers_box)

        self.fields_box = QGroupBox(self.check_contents)
        self.fields_box.setObjectName(u"fields_box")
        self.fields_grid = QGridLayout(self.fields_box)
        self.fields_grid.setObjectName(u"fields_grid")

        self.check_layout.addWidget(self.fields_box)

        self.declaration_title = QLabel(self.check_contents)
        self.declaration_title.setObjectName(u"declaration_title")
        self.declaration_title.setWordWrap(True)

        self.check_layout.addWidget(self.declaration_title)

        self.declaration_text = QLabel(self.check_contents)
        self.declaration_text.setObjectName(u"declaration_text")
        self.declaration_text.setWordWrap(True)

        self.check_layout.addWidget(self.declaration_text)

        self.finalise_error = QLabel(self.check_contents)
        self.finalise_error.setObjectName(u"finalise_error")
        self.finalise_error.setWordWrap(True)

        self.check_layout.addWidget(self.finalise_error)

        self.check_scroll.setWidget(self.check_contents)

        self.root_layout.addWidget(self.check_scroll)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setObjectName(u"nav_layout")
        self.check_back_button = QPushButton(CheckAnswers)
        self.check_back_button.setObjectName(u"check_back_button")

        self.nav_layout.addWidget(self.check_back_button)

        self.nav_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.finalise_button = QPushButton(CheckAnswers)
        self.finalise_button.setObjectName(u"finalise_button")

        self.nav_layout.addWidget(self.finalise_button)


        self.root_layout.addLayout(self.nav_layout)


        self.retranslateUi(CheckAnswers)

        QMetaObject.connectSlotsByName(CheckAnswers)
    # setupUi

    def retranslateUi(self, CheckAnswers):
#if QT_CONFIG(accessibility)
        self.check_scroll.setAccessibleName(QCoreApplication.translate("CheckAnswers", u"Your answers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.check_scroll.setAccessibleDescription(QCoreApplication.translate("CheckAnswers", u"Every answer and field, each with a Change button", None))
#endif // QT_CONFIG(accessibility)
        self.check_title.setText(QCoreApplication.translate("CheckAnswers", u"Check your answers before finalising the record", None))
        self.answers_box.setTitle(QCoreApplication.translate("CheckAnswers", u"The questions you answered", None))
        self.fields_box.setTitle(QCoreApplication.translate("CheckAnswers", u"Your record", None))
        self.declaration_title.setText(QCoreApplication.translate("CheckAnswers", u"Now finalise the record", None))
        self.declaration_text.setText(QCoreApplication.translate("CheckAnswers", u"By finalising this record you confirm that, to the best of your knowledge, it is a true account of your decision and your reasons. A finalised record cannot be changed: later corrections are added as amendments with a reason.", None))
        self.check_back_button.setText(QCoreApplication.translate("CheckAnswers", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.check_back_button.setAccessibleName(QCoreApplication.translate("CheckAnswers", u"Back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.check_back_button.setAccessibleDescription(QCoreApplication.translate("CheckAnswers", u"Go back to the record form", None))
#endif // QT_CONFIG(accessibility)
        self.finalise_button.setText(QCoreApplication.translate("CheckAnswers", u"&Finalise record", None))
#if QT_CONFIG(accessibility)
        self.finalise_button.setAccessibleName(QCoreApplication.translate("CheckAnswers", u"Finalise record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.finalise_button.setAccessibleDescription(QCoreApplication.translate("CheckAnswers", u"Confirm the declaration and save the record; it cannot be changed afterwards", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

