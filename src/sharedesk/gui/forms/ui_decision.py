# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from sharedesk.gui.widgets.choice_list import ChoiceList
from sharedesk.gui.widgets.flow_map import FlowMap
from sharedesk.gui.widgets.side_notes import SideNotes

class Ui_DecisionWizard(object):
    def setupUi(self, DecisionWizard):
        if not DecisionWizard.objectName():
            DecisionWizard.setObjectName(u"DecisionWizard")
        DecisionWizard.resize(1100, 720)
        self.root_layout = QHBoxLayout(DecisionWizard)
        self.root_layout.setObjectName(u"root_layout")
        self.main_column = QVBoxLayout()
        self.main_column.setObjectName(u"main_column")
        self.dropped_notice = QLabel(DecisionWizard)
        self.dropped_notice.setObjectName(u"dropped_notice")
        self.dropped_notice.setWordWrap(True)
        self.dropped_notice.setFrameShape(QFrame.Shape.Box)
        self.dropped_notice.setMargin(8)

        self.main_column.addWidget(self.dropped_notice)

        self.page_stack = QStackedWidget(DecisionWizard)
        self.page_stack.setObjectName(u"page_stack")
        self.question_page = QScrollArea()
        self.question_page.setObjectName(u"question_page")
        self.question_page.setWidgetResizable(True)
        self.question_page.setFrameShape(QFrame.Shape.NoFrame)
        self.question_contents = QWidget()
        self.question_contents.setObjectName(u"question_contents")
        self.question_layout = QVBoxLayout(self.question_contents)
        self.question_layout.setObjectName(u"question_layout")
        self.step_label = QLabel(self.question_contents)
        self.step_label.setObjectName(u"step_label")

        self.question_layout.addWidget(self.step_label)

        self.question_title = QLabel(self.question_contents)
        self.question_title.setObjectName(u"question_title")
        self.question_title.setWordWrap(True)

        self.question_layout.addWidget(self.question_title)

        self.question_text = QLabel(self.question_contents)
        self.question_text.setObjectName(u"question_text")
        self.question_text.setWordWrap(True)

        self.question_layout.addWidget(self.question_text)

        self.unverified_label = QLabel(self.question_contents)
        self.unverified_label.setObjectName(u"unverified_label")
        self.unverified_label.setWordWrap(True)

        self.question_layout.addWidget(self.unverified_label)

        self.choice_list = ChoiceList(self.question_contents)
        self.choice_list.setObjectName(u"choice_list")

        self.question_layout.addWidget(self.choice_list)

        self.checklist_label = QLabel(self.question_contents)
        self.checklist_label.setObjectName(u"checklist_label")
        self.checklist_label.setWordWrap(True)
        self.checklist_label.setTextFormat(Qt.TextFormat.PlainText)

        self.question_layout.addWidget(self.checklist_label)

        self.footnote_label = QLabel(self.question_contents)
        self.footnote_label.setObjectName(u"footnote_label")
        self.footnote_label.setWordWrap(True)

        self.question_layout.addWidget(self.footnote_label)

        self.help_box = QGroupBox(self.question_contents)
        self.help_box.setObjectName(u"help_box")
        self.help_layout = QVBoxLayout(self.help_box)
        self.help_layout.setObjectName(u"help_layout")
        self.help_text = QLabel(self.help_box)
        self.help_text.setObjectName(u"help_text")
        self.help_text.setWordWrap(True)

        self.help_layout.addWidget(self.help_text)

        self.help_source = QLabel(self.help_box)
        self.help_source.setObjectName(u"help_source")
        self.help_source.setWordWrap(True)

        self.help_layout.addWidget(self.help_source)


        self.question_layout.addWidget(self.help_box)

        self.question_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.question_layout.addItem(self.question_spacer)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setObjectName(u"nav_layout")
        self.back_button = QPushButton(self.question_contents)
        self.back_button.setObjectName(u"back_button")

        self.nav_layout.addWidget(self.back_button)

        self.forward_button = QPushButton(self.question_contents)
        self.forward_button.setObjectName(u"forward_button")

        self.nav_layout.addWidget(self.forward_button)

        self.nav_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.next_button = QPushButton(self.question_contents)
        self.next_button.setObjectName(u"next_button")

        self.nav_layout.addWidget(self.next_button)


        self.question_layout.addLayout(self.nav_layout)

        self.question_page.setWidget(self.question_contents)
        self.page_stack.addWidget(self.question_page)
        self.record_page = QWidget()
        self.record_page.setObjectName(u"record_page")
        self.record_page_layout = QVBoxLayout(self.record_page)
        self.record_page_layout.setObjectName(u"record_page_layout")
        self.record_page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_stack.addWidget(self.record_page)
        self.check_page = QWidget()
        self.check_page.setObjectName(u"check_page")
        self.check_page_layout = QVBoxLayout(self.check_page)
        self.check_page_layout.setObjectName(u"check_page_layout")
        self.check_page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_stack.addWidget(self.check_page)

        self.main_column.addWidget(self.page_stack)


        self.root_layout.addLayout(self.main_column)

        self.aside = QScrollArea(DecisionWizard)
        self.aside.setObjectName(u"aside")
        self.aside.setWidgetResizable(True)
        self.aside.setFrameShape(QFrame.Shape.NoFrame)
        self.aside_contents = QWidget()
        self.aside_contents.setObjectName(u"aside_contents")
        self.aside_layout = QVBoxLayout(self.aside_contents)
        self.aside_layout.setObjectName(u"aside_layout")
        self.seek_advice_button = QPushButton(self.aside_contents)
        self.seek_advice_button.setObjectName(u"seek_advice_button")

        self.aside_layout.addWidget(self.seek_advice_button)

        self.close_button = QPushButton(self.aside_contents)
        self.close_button.setObjectName(u"close_button")

        self.aside_layout.addWidget(self.close_button)

        self.side_notes = SideNotes(self.aside_contents)
        self.side_notes.setObjectName(u"side_notes")

        self.aside_layout.addWidget(self.side_notes)

        self.flow_map_label = QLabel(self.aside_contents)
        self.flow_map_label.setObjectName(u"flow_map_label")

        self.aside_layout.addWidget(self.flow_map_label)

        self.flow_map = FlowMap(self.aside_contents)
        self.flow_map.setObjectName(u"flow_map")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.flow_map.sizePolicy().hasHeightForWidth())
        self.flow_map.setSizePolicy(sizePolicy)
        self.flow_map.setMinimumSize(QSize(200, 240))

        self.aside_layout.addWidget(self.flow_map)

        self.aside.setWidget(self.aside_contents)

        self.root_layout.addWidget(self.aside)

        self.root_layout.setStretch(0, 3)
        self.root_layout.setStretch(1, 2)

        self.retranslateUi(DecisionWizard)

        QMetaObject.connectSlotsByName(DecisionWizard)
    # setupUi

    def retranslateUi(self, DecisionWizard):
#if QT_CONFIG(accessibility)
        self.dropped_notice.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Answers that no longer apply", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.question_page.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.question_page.setAccessibleDescription(QCoreApplication.translate("DecisionWizard", u"The current step of the guidance and its answers", None))
#endif // QT_CONFIG(accessibility)
        self.step_label.setText(QCoreApplication.translate("DecisionWizard", u"Step", None))
#if QT_CONFIG(accessibility)
        self.question_title.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Question", None))
#endif // QT_CONFIG(accessibility)
        self.unverified_label.setText(QCoreApplication.translate("DecisionWizard", u"The wording of this step has not been verified against the source.", None))
        self.help_box.setTitle(QCoreApplication.translate("DecisionWizard", u"Why this question", None))
#if QT_CONFIG(accessibility)
        self.help_box.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Why this question", None))
#endif // QT_CONFIG(accessibility)
        self.back_button.setText(QCoreApplication.translate("DecisionWizard", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleDescription(QCoreApplication.translate("DecisionWizard", u"Go back to the previous question; your answers are kept", None))
#endif // QT_CONFIG(accessibility)
        self.forward_button.setText(QCoreApplication.translate("DecisionWizard", u"&Forward", None))
#if QT_CONFIG(accessibility)
        self.forward_button.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Forward", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.forward_button.setAccessibleDescription(QCoreApplication.translate("DecisionWizard", u"Return to the question you came back from, keeping its answer", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("DecisionWizard", u"&Next", None))
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Next", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleDescription(QCoreApplication.translate("DecisionWizard", u"Save this answer and go to the next step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aside.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Side notes and map", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aside.setAccessibleDescription(QCoreApplication.translate("DecisionWizard", u"Notes that apply at every step, the seek advice action and the flowchart map", None))
#endif // QT_CONFIG(accessibility)
        self.seek_advice_button.setText(QCoreApplication.translate("DecisionWizard", u"&Seek advice", None))
#if QT_CONFIG(accessibility)
        self.seek_advice_button.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Seek advice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.seek_advice_button.setAccessibleDescription(QCoreApplication.translate("DecisionWizard", u"Record who you asked for advice at this step and what they said", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("DecisionWizard", u"Save and c&lose", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("DecisionWizard", u"Save and close", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleDescription(QCoreApplication.translate("DecisionWizard", u"Keep this decision as a draft and leave; you can resume it from Home", None))
#endif // QT_CONFIG(accessibility)
        self.flow_map_label.setText(QCoreApplication.translate("DecisionWizard", u"Where you are", None))
        pass
    # retranslateUi

